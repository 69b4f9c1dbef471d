/**
 * "the first Monday of every month", "the last Friday of each month": a recurring day named by
 * its place in the month. Its due date is the next such day after the sent day (annotation
 * guide: a recurring item takes its first occurrence; on that very day, the next one, as with
 * weekdays). Chrono reads only the weekday and would give the coming Monday.
 */
import type { DateTime } from 'luxon';

export const NTH_WEEKDAY_PATTERNS = {
  nthWeekday:
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? of (?:every|each|the|this|next) month\b/i,
} as const;

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The nth (1–4, or -1 for the last) given weekday (1 = Monday) of the month of `month`. */
function nthOf(month: DateTime, n: number, weekday: number): DateTime {
  if (n > 0) {
    const first = month.startOf('month');
    return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
  }
  const last = month.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

/** The next day the clause's "nth weekday of the month" falls on, `YYYY-MM-DD`, or null when it names none. */
export function nthWeekdayDue(
  text: string,
  sent: () => DateTime,
): { due: string | null; phrase: string } | null {
  if (!text.includes(' of ')) return null;
  const m = NTH_WEEKDAY_PATTERNS.nthWeekday.exec(text);
  if (!m) return null;
  const n = ORDINALS[m[1]!.toLowerCase()] ?? -1;
  const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1;
  const today = sent().startOf('day');
  let month = m[0].toLowerCase().includes('next month') ? today.plus({ months: 1 }) : today;
  let day = nthOf(month, n, weekday);
  if (day <= today) {
    month = month.plus({ months: 1 });
    day = nthOf(month, n, weekday);
  }
  return { due: day.toISODate(), phrase: m[0] };
}
