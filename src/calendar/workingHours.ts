/**
 * The user's working hours and their daily periods as absolute intervals. Kept apart from
 * the slot search so the DST reasoning lives in one place.
 */
import { DateTime } from 'luxon';

export interface WorkingHours {
  /** IANA zone of the user, e.g. 'Europe/London'. */
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:MM' local start of the working day. */
  start: string;
  /** 'HH:MM' local end; an end at or before the start means the period runs past midnight. */
  end: string;
}

export interface Interval {
  start: number;
  end: number;
}

function parseClock(hhmm: string): { hour: number; minute: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Working hours must be HH:MM (24 h), got "${hhmm}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/**
 * Working periods (epoch ms) that intersect [from, to). Each local day is built from its own
 * calendar date and wall-clock times, so a DST change moves the period with the clock:
 * 09:00 stays 09:00 local on both sides of the change. A wall time that does not exist
 * (inside a spring-forward gap) is moved forward by luxon to the first valid instant.
 */
export function workingPeriods(hours: WorkingHours, from: number, to: number): Interval[] {
  const zone = hours.timeZone;
  const startClock = parseClock(hours.start);
  const endClock = parseClock(hours.end);
  const crossesMidnight = endClock.hour * 60 + endClock.minute <= startClock.hour * 60 + startClock.minute;
  const days = new Set(hours.days);
  const out: Interval[] = [];
  // Start one day early so a period that began yesterday and runs past midnight is included.
  let day = DateTime.fromMillis(from, { zone }).startOf('day').minus({ days: 1 });
  if (!day.isValid) throw new RangeError(`Unknown time zone "${zone}"`);
  const last = DateTime.fromMillis(to, { zone }).startOf('day');
  while (day <= last) {
    if (days.has(day.weekday)) {
      const start = day.set(startClock);
      const endDay = crossesMidnight ? day.plus({ days: 1 }) : day;
      const end = endDay.set(endClock);
      const s = Math.max(start.toMillis(), from);
      const e = Math.min(end.toMillis(), to);
      if (e > s) out.push({ start: s, end: e });
    }
    day = day.plus({ days: 1 });
  }
  return out;
}
