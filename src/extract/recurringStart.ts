/**
 * A repeating obligation with its first occurrence named: "by the 20th of each month, starting 20
 * April", "every Wednesday by noon, starting January 6", "weekly check-ins on Thursdays at 09:30,
 * starting 19 March". The gold set's tuning part dates such items on the day they start (17 of 21;
 * the rest start on a vaguer time), not on the next occurrence after the sent day, which the day
 * of the month or the weekday alone would give.
 */
import { RECURRENCE_PATTERNS } from './recurrence';

export const RECURRING_START_PATTERNS = {
  /**
   * "starting 20 April", "beginning on Monday 4 January", "commencing from the 5th", "first
   * delivery Thursday 29 October" (a standing order's first drop).
   */
  starting:
    /\b(?:starting|beginning|commencing)(?: (?:on|from|with))? |\bfirst (?:delivery|drop|visit|session|collection|service|shipment)(?: (?:is|will be))?(?: on)? /i,
  /** The start names a day: a number or a weekday near its head, not only a month ("starting March"). */
  namesDay: /^.{0,20}?(?:\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b)/i,
  /** "the 20th of each month", "the first business day of every month". */
  ofEach: /\b(?:of|in) (?:each|every) (?:month|week|quarter)\b/i,
} as const;

/** Whether the clause repeats: every Friday, each month, weekly, on Mondays. */
function repeats(text: string): boolean {
  const R = RECURRENCE_PATTERNS;
  return (
    RECURRING_START_PATTERNS.ofEach.test(text) ||
    R.everyUnit.test(text) ||
    R.everyDay.test(text) ||
    R.adverb.test(text) ||
    R.pluralDay.test(text)
  );
}

/** The words after "starting" that name the first occurrence, or null when the clause is not of that shape. */
export function recurringStartText(text: string): string | null {
  const P = RECURRING_START_PATTERNS;
  if (!/starting|beginning|commencing|first /.test(text)) return null;
  const m = P.starting.exec(text);
  if (!m) return null;
  const start = text.slice(m.index + m[0].length);
  return P.namesDay.test(start) && repeats(text) ? start : null;
}
