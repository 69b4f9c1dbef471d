/**
 * Free-slot search over the user's own busy blocks, inside their working hours.
 */
import { DateTime } from 'luxon';
import type { BusyBlock } from './types';
import { workingPeriods, type Interval, type WorkingHours } from './workingHours';

export type { WorkingHours } from './workingHours';

export interface Slot {
  /** ISO with the user's offset. */
  start: string;
  end: string;
}

export interface SlotQuery {
  busy: BusyBlock[];
  /** Where to look: ISO instants (or dates, read in the working-hours zone). */
  window: { start: string; end: string };
  hours: WorkingHours;
  lengthMinutes: number;
  /** Candidate starts are this many minutes apart, counted from the start of the working day. */
  stepMinutes: number;
  /** Nothing earlier than this is proposed. */
  now: Date;
  /** How many slots to return. */
  count: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a busy-block edge: an instant with offset as is; a bare date as the start of that day
 * in `zone` (an all-day event covers the user's whole local day); a local date-time without
 * offset also in `zone`.
 */
export function toMillis(value: string, zone: string): number {
  const dt = DATE_ONLY.test(value)
    ? DateTime.fromISO(value, { zone }).startOf('day')
    : DateTime.fromISO(value, { zone, setZone: false });
  if (!dt.isValid) throw new RangeError(`Not an ISO date or date-time: "${value}"`);
  return dt.toMillis();
}

/** Sorted, merged busy intervals: overlapping and touching blocks become one. */
export function mergeBusy(busy: BusyBlock[], zone: string): Interval[] {
  const sorted = busy
    .map((b) => ({ start: toMillis(b.start, zone), end: toMillis(b.end, zone) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const b of sorted) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
    else merged.push({ ...b });
  }
  return merged;
}

/** The first `count` free slots, earliest first. */
export function findFreeSlots(q: SlotQuery): Slot[] {
  if (q.lengthMinutes <= 0 || q.stepMinutes <= 0) throw new RangeError('Length and step must be positive');
  const zone = q.hours.timeZone;
  const length = q.lengthMinutes * 60_000;
  const step = q.stepMinutes * 60_000;
  const from = Math.max(toMillis(q.window.start, zone), q.now.getTime());
  const to = toMillis(q.window.end, zone);
  const busy = mergeBusy(q.busy, zone);
  const slots: Slot[] = [];
  let b = 0; // busy blocks before index b end at or before the current candidate
  // Periods from the start of the window's first day, so a window opening mid-morning (or
  // "now") still keeps the day's grid (10:30, not 10:17:42.260); `from` then skips earlier starts.
  const firstDay = DateTime.fromMillis(toMillis(q.window.start, zone), { zone }).startOf('day').toMillis();
  for (const period of workingPeriods(q.hours, firstDay, to)) {
    // Candidates stay on the step grid of the period's own start (09:00, 09:30, …).
    const gridStart = period.start;
    let t = gridStart + Math.max(0, Math.ceil((from - gridStart) / step)) * step;
    while (t + length <= period.end && slots.length < q.count) {
      while (b < busy.length && busy[b]!.end <= t) b++;
      const blocker = busy[b];
      if (blocker && blocker.start < t + length) {
        // Jump to the first grid point at or after the blocker's end.
        t = gridStart + Math.ceil((blocker.end - gridStart) / step) * step;
        continue;
      }
      slots.push({ start: iso(t, zone), end: iso(t + length, zone) });
      t += step;
    }
    if (slots.length >= q.count) break;
  }
  return slots;
}

function iso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!;
}
