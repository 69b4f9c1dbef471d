/**
 * Review cadences. Repeating ones become one event with a recurrence rule (RRULE, built
 * with the `rrule` library); milestone-tied ones ("a month before the launch", "two days
 * before each due date") become a list of concrete dates, each booked as its own event.
 */
import { DateTime } from 'luxon';
import { RRule, type Options, type Weekday } from 'rrule';
import type { LedgerItem } from '../core/ledger';
import { OPEN_STATUSES } from '../core/ledger';
import type { EventRecurrence, RepeatingCadence } from './types';

export type Cadence =
  | { kind: 'once' }
  | { kind: RepeatingCadence; count?: number; until?: string }
  | { kind: 'beforeDate'; date: string; offset: Offset }
  | { kind: 'beforeEachDue'; offset: Offset };

/** How long before the milestone: "a month" = { months: 1 }, "two days" = { days: 2 }. */
export interface Offset {
  days?: number;
  weeks?: number;
  months?: number;
}

const WEEKDAYS: readonly Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/** The event-level recurrence for a repeating cadence; null for 'once' and milestone cadences. */
export function recurrenceFor(cadence: Cadence): EventRecurrence | null {
  switch (cadence.kind) {
    case 'weekly':
    case 'biweekly':
    case 'monthly':
    case 'quarterly': {
      const r: EventRecurrence = { cadence: cadence.kind };
      if (cadence.count !== undefined) r.count = cadence.count;
      if (cadence.until !== undefined) r.until = cadence.until;
      return r;
    }
    default:
      return null;
  }
}

/**
 * Which occurrence of its weekday a date is in its month: 1..4, or -1 for a fifth one
 * (a "fifth Tuesday" does not exist every month, so it repeats as the last Tuesday).
 */
export function weekdayOrdinal(date: DateTime): number {
  const n = Math.ceil(date.day / 7);
  return n >= 5 ? -1 : n;
}

/**
 * The RRULE text (`FREQ=…;…`, no `RRULE:` prefix, no DTSTART: the event's own start
 * anchors it) for a recurrence starting at `start` (ISO) in `timeZone`.
 * Weekly cadences keep the weekday; monthly and quarterly keep "the Nth weekday of the
 * month" because a review on "the 31st" would skip short months.
 */
export function toRRule(rec: EventRecurrence, start: string, timeZone: string): string {
  const local = DateTime.fromISO(start, { zone: timeZone });
  const weekday = WEEKDAYS[local.weekday - 1]!;
  const opts: Partial<Options> = {};
  switch (rec.cadence) {
    case 'weekly':
    case 'biweekly':
      opts.freq = RRule.WEEKLY;
      opts.interval = rec.cadence === 'weekly' ? 1 : 2;
      opts.byweekday = [weekday];
      break;
    case 'monthly':
    case 'quarterly':
      opts.freq = RRule.MONTHLY;
      opts.interval = rec.cadence === 'monthly' ? 1 : 3;
      opts.byweekday = [weekday.nth(weekdayOrdinal(local))];
      break;
  }
  if (rec.until) {
    // UNTIL in UTC at the end of that local day, as RFC 5545 asks when DTSTART has a zone.
    const until = DateTime.fromISO(rec.until, { zone: timeZone }).endOf('day').toUTC();
    opts.until = new Date(until.toMillis());
  } else if (rec.count !== undefined) {
    opts.count = rec.count;
  }
  // FREQ first reads best; the rrule library writes options in insertion order.
  opts.wkst = RRule.MO;
  return new RRule(opts).toString().replace(/^RRULE:/, '');
}

/**
 * Dates (`YYYY-MM-DD`) for a milestone cadence, earliest first, without duplicates, and
 * never before `today`. 'beforeEachDue' uses the open items that have a due date.
 */
export function milestoneDates(cadence: Cadence, items: LedgerItem[], today: string): string[] {
  const minus = (date: string, o: Offset) =>
    DateTime.fromISO(date, { zone: 'UTC' })
      .minus({ days: o.days ?? 0, weeks: o.weeks ?? 0, months: o.months ?? 0 })
      .toISODate()!;
  let dates: string[];
  if (cadence.kind === 'beforeDate') dates = [minus(cadence.date, cadence.offset)];
  else if (cadence.kind === 'beforeEachDue')
    dates = items
      .filter((i) => i.due && OPEN_STATUSES.includes(i.status))
      .map((i) => minus(i.due!, cadence.offset));
  else return [];
  return [...new Set(dates)].filter((d) => d >= today).sort();
}
