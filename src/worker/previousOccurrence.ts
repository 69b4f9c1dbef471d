/**
 * When a review last began before `now`: its start, or for a series the latest occurrence
 * that started before `now`. The Clients view's "last review" (nextOccurrence.ts gives "next").
 */
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { toRRule } from '../calendar/cadence';
import type { Review } from '../calendar/types';

/** rrule works on "floating" dates: UTC fields that stand for wall-clock times in the zone. */
function floating(dt: DateTime): Date {
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second));
}

export function previousOccurrence(review: Review, now: Date): string | null {
  if (review.status === 'cancelled' || Date.parse(review.start) >= now.getTime()) return null;
  if (!review.recurrence) return review.start;
  const zone = review.timeZone;
  const options = RRule.parseString(toRRule(review.recurrence, review.start, zone));
  const rule = new RRule({ ...options, dtstart: floating(DateTime.fromISO(review.start, { zone })) });
  const before = rule.before(floating(DateTime.fromMillis(now.getTime(), { zone })), false);
  if (!before) return review.start;
  return DateTime.fromObject(
    {
      year: before.getUTCFullYear(),
      month: before.getUTCMonth() + 1,
      day: before.getUTCDate(),
      hour: before.getUTCHours(),
      minute: before.getUTCMinutes(),
    },
    { zone },
  ).toISO({ suppressMilliseconds: true });
}
