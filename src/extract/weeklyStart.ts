/**
 * A weekly meeting named by its weekday in the plural, with its time ("a weekly check-in on
 * Fridays at 8am PT", "Could we do Wednesdays at 6 pm instead?", "Tuesdays at 9am Central would
 * suit me"): its due date is its first occurrence, the coming such weekday (annotation guide: a
 * recurring item takes its first occurrence; on that very weekday, the next week's, as with
 * weekdays). Chrono reads no day in "Fridays". The tuning part dates all 10 such meetings so.
 */
import { isoOfDay, weekdayOf } from './calendar';
import type { DateContext, DueDate } from './dates';

export const WEEKLY_START_PATTERNS = {
  /** The plural weekday, then its time within a few words ("Thursdays at 4pm", "Mondays at 11:00"). */
  weekdaysAtTime:
    /\b(mon|tues|wednes|thurs|fri|satur|sun)days\b(?=[^.?!;\n]{0,25}?(?:\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|h)(?![a-z])|\b\d{1,2}:\d{2}\b))/i,
  /** A start that waits on an event ("once the SOW is signed"): no day yet. */
  startsAfterEvent: /\b(?:once|after|when|as soon as|following)\b/i,
} as const;

const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];

/** The first occurrence of the weekly meeting the clause names, or null when it names none. */
export function weeklyMeetingDue(clause: string, ctx: DateContext): DueDate | null {
  const m = WEEKLY_START_PATTERNS.weekdaysAtTime.exec(clause);
  if (!m || WEEKLY_START_PATTERNS.startsAfterEvent.test(clause)) return null;
  const weekday = WEEKDAY_STEMS.indexOf(m[1]!.toLowerCase()) + 1;
  const ahead = (weekday - weekdayOf(ctx.sentDay) + 7) % 7 || 7;
  return { due: isoOfDay(ctx.sentDay + ahead), phrase: m[0] };
}
