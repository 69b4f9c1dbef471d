/**
 * The day a day number names, counted from the sent day (dates.ts `idiom`): this month's (its last
 * day when the month is shorter), or next month's once it has passed (like a weekday, "by the 5th"
 * written on the 5th is next month's, and "the 31st" then rolls over as luxon's `set` does).
 * Said with its weekday ("Thursday the 12th"), it is the next month's when only that one falls on
 * that weekday: written on 12 October 2026, a Monday, "Thursday the 12th" is 12 November. A weekday
 * that fits neither month is a slip (or a past day) and leaves the plain reading.
 */
import { dayOf, daysInMonth, partsOfDay, weekdayOf } from './calendar';

const WEEKDAY_STEMS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The day number `day` (1–31) as a day after `sent`, checked against the weekday that leads `phrase`. */
export function dayOfOrdinal(sent: number, day: number, phrase: string): number {
  const p = partsOfDay(sent);
  let d = dayOf(p.year, p.month, Math.min(day, daysInMonth(p.year, p.month)));
  if (d <= sent) d = dayOf(p.year, p.month + 1, day);
  const weekday = WEEKDAY_STEMS.indexOf(phrase.slice(0, 3).toLowerCase()) + 1;
  if (weekday === 0 || weekdayOf(d) === weekday) return d;
  const { year, month } = partsOfDay(d);
  const next = dayOf(year, month + 1, day);
  if (partsOfDay(next).day === day && weekdayOf(next) === weekday) return next;
  return d;
}
