/**
 * When a review next happens: its start, or for a series the first occurrence at or after
 * `now`. Computed in the worker so the sidebar (content script) needs no date library.
 */
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { toRRule } from '../calendar/cadence';
import type { Review } from '../calendar/types';

/** rrule works on "floating" dates: UTC fields that stand for wall-clock times in the zone. */
function floating(dt: DateTime): Date {
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second));
}

export function nextOccurrence(review: Review, now: Date): string | null {
  if (review.status === 'cancelled') return null;
  if (!review.recurrence) return Date.parse(review.end) > now.getTime() ? review.start : null;
  const zone = review.timeZone;
  const first = DateTime.fromISO(review.start, { zone });
  const options = RRule.parseString(toRRule(review.recurrence, review.start, zone));
  const rule = new RRule({ ...options, dtstart: floating(first) });
  const length = Date.parse(review.end) - Date.parse(review.start);
  // An occurrence still under way counts as the next one.
  const from = floating(DateTime.fromMillis(now.getTime() - length, { zone }));
  const next = rule.after(from, false);
  if (!next) return null;
  const local = DateTime.fromObject(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: next.getUTCHours(),
      minute: next.getUTCMinutes(),
    },
    { zone },
  );
  return local.toISO({ suppressMilliseconds: true });
}
