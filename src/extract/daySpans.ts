/**
 * Days said as a span or a habit, which chrono reads wrongly: two days each with its weekday
 * ("Tue 20 – Wed 21 October"), the weekdays a service runs ("Mon–Fri 7am–7pm"), how often ("six
 * days a week"), any such day ("on a Monday"), and a time kept every day ("by 7am each day").
 * dates.ts rewrites or blanks them before chrono parses (issue 9, 6 December 2026, late: on the
 * gold set's tuning part, 5 due errors fewer from the pairs, 29 from the habits and the weekdays
 * a service runs, and 12 from any such day).
 */

/** Pieces of `betweenDays`: a month name, an optional weekday before a day, a day with its month. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** The window's first day: a day (its month may come with the last day) or a month and a day. */
const FIRST_DAY = String.raw`(?:${DAY}(?: of)?(?: ${MONTH}[a-z]{0,6}\.?)?|${MONTH}[a-z]{0,6}\.? ${DAY})`;
/** The window's last day, which must name its month. */
const LAST_DAY = String.raw`(?:${DAY}(?: of)? ${MONTH}|${MONTH}[a-z]{0,6}\.? \d{1,2}\b)`;

export const DAY_SPAN_PATTERNS = {
  /**
   * A time kept every day or on an event's day ("We deliver six days a week, by 7am", "On the day
   * we'll arrive at 6:45 to set up and clear by 10:30"): "by 7am" then sets no deadline today.
   */
  habitualTime:
    /\b(?:every (?:day|morning|evening|night|weekday)|each (?:day|morning|evening)|daily|24\/7|(?:five|six|seven|[5-7]) days a week|on weekdays|on the day)\b/i,

  /**
   * "Tue 20 – Wed 21 October", "Tuesday 9 and Wednesday 10 June": chrono reads the first weekday
   * alone as the coming one and drops its day number, so the pair is rewritten as the span it
   * names ("20–21 October") before it parses.
   */
  weekdayPair:
    /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? (\d{1,2})(?:st|nd|rd|th)?\s?(?:and|&|–|-|—|to|through|until|till)\s?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(?:the )?(\d{1,2})(?:st|nd|rd|th)? ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b)/gi,

  /**
   * "Helpdesk, Mon–Fri 7am–7pm", "daily cleaning Monday to Friday": the days a service runs, not a
   * day it is due; chrono read the first weekday as the coming one. Not a span of dated days ("Mon
   * 20 to Wed 22 April": `weekdayPair`).
   */
  weekdayRange:
    /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s?(?:–|-|—|to|through|thru)\s?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b\.?(?!,? ?(?:the )?\d{1,2}(?:st|nd|rd|th)? ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,

  /** "six days a week", "3 times per week": how often, which chrono read as a span from today. */
  perWeek:
    /\b(?:one|two|three|four|five|six|seven|[1-7]) (?:days?|nights?|times|mornings?|evenings?) (?:a|per|each) week\b/gi,
  /**
   * "Could you do it on a Monday?", "a Tuesday night in October": any such day, not the coming
   * one. None of the 19 in the gold set's tuning part is dated.
   */
  indefiniteWeekday: /\b(?:a|any|one|some) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!,? ?(?:the )?\d)/gi,
  /**
   * "between 18 August and 12 September", "between 9 and 27 August", "between June 2 and June
   * 20": a window of days, due on its last day (all 7 dated ones in the gold set's tuning part,
   * work to be done and goods to be delivered within the window). chrono read the two dates
   * apart and kept the first, so the words up to the last day are blanked. The last day needs its
   * month; a span of hours ("between 9 and 11am") is not one.
   */
  betweenDays: new RegExp(
    String.raw`\bbetween (?:the )?${WEEKDAY}${FIRST_DAY} and (?:the )?(?=${WEEKDAY}${LAST_DAY})`,
    'gi',
  ),
} as const;

/**
 * The clause as chrono should read it: a pair of dated weekdays as the span it names, the days a
 * service runs, how often and any such day blanked, and a window "between" two days read as its
 * last day (same length, so offsets still hold).
 */
export function withDaySpansRead(input: string): string {
  const P = DAY_SPAN_PATTERNS;
  let out = input;
  if (P.weekdayRange.test(out)) out = out.replace(P.weekdayRange, (days) => ' '.repeat(days.length));
  if (out.includes(' week') && P.perWeek.test(out))
    out = out.replace(P.perWeek, (often) => ' '.repeat(often.length));
  if (P.indefiniteWeekday.test(out)) out = out.replace(P.indefiniteWeekday, (day) => ' '.repeat(day.length));
  if (out.includes('etween') && P.betweenDays.test(out))
    out = out.replace(P.betweenDays, (window) => ' '.repeat(window.length));
  return out;
}

/** "Tue 20 – Wed 21 October" read as "20–21 October" (after the blanks' own step, see dates.ts). */
export function withWeekdayPairsRead(input: string): string {
  const P = DAY_SPAN_PATTERNS;
  return P.weekdayPair.test(input)
    ? input.replace(P.weekdayPair, (_, d1: string, d2: string, month: string) => `${d1}–${d2} ${month}`)
    : input;
}

/** Whether a time in the clause is kept every day or on an event's day, so it sets no day. */
export function keptEveryDay(clause: string): boolean {
  return DAY_SPAN_PATTERNS.habitualTime.test(clause);
}
