/**
 * Which reminders are due now and when the next one is: pure, so it runs the same in the
 * worker and in tests. Times are wall-clock times in the user's zone (luxon), so 09:00 stays
 * 09:00 on both sides of a DST change; a time inside a spring-forward gap moves to the first
 * instant after it. Dates are calendar days (`YYYY-MM-DD`) read in the same zone.
 *
 * Rules:
 * - one reminder per item, due date and lead time (its id), ever: the worker logs it as it
 *   fires, and the log is read before the next plan;
 * - only open items (proposed, confirmed, renegotiated) with a date; none once the due day
 *   has passed;
 * - a reminder whose time came before the item got its current date (added or moved after
 *   it) is skipped: the user has just set that date;
 * - catching up (the browser was closed at the time), an item gets only its latest reminder;
 *   earlier ones are logged as passed over, so they never pop up later;
 * - a snooze holds the item's reminders until it ends, then shows the item once.
 */
import { DateTime } from 'luxon';
import type { LedgerItem } from '../core';
import { addDays } from '../ledger/fields';
import type { ReminderSettings } from './reminderSettings';

export interface Reminder {
  id: string;
  itemId: string;
  /** Days before the due date; 0 on the day. */
  leadDays: number;
  /** Epoch ms it is meant to fire. */
  at: number;
}

export interface Snooze {
  itemId: string;
  /** Epoch ms. */
  until: number;
}

export interface PlanInput {
  /** Open items due from today on (more are harmless: they are checked again). */
  items: LedgerItem[];
  settings: ReminderSettings;
  /** IANA zone the user's days and times are in. */
  zone: string;
  now: number;
  /** Ids of reminders already shown or passed over. */
  fired: ReadonlySet<string>;
  snoozes: Snooze[];
}

export interface ReminderPlan {
  /** Show these now: at most one per item. */
  show: { itemId: string; reminderId: string | null; snoozedUntil?: number }[];
  /** Log these without showing them (passed over for a later one, or folded into a snooze). */
  passOver: string[];
  /** Snoozes that ended: delete them. */
  endedSnoozes: string[];
  /** Epoch ms of the next reminder still to come, or null when none is planned. */
  nextAt: number | null;
}

/**
 * A reminder's id, and its record's key in the log. The due date comes first so the log
 * entries of everything due in a window are one key range (`firedRange`), however long
 * the log grows.
 */
export function reminderId(itemId: string, due: string, leadDays: number): string {
  return `fired|${due}|${itemId}|${leadDays}`;
}

/** Every reminder id of items due from `from` through `to` (inclusive). */
export function firedRange(from: string, to: string): IDBKeyRange {
  return IDBKeyRange.bound(`fired|${from}|`, `fired|${to}|\uffff`);
}

/** The user's calendar day at `now`. */
export function dayIn(zone: string, now: number): string {
  return DateTime.fromMillis(now, { zone }).toISODate() ?? new Date(now).toISOString().slice(0, 10);
}

/** Epoch ms of `day` at wall-clock `clock` ('HH:MM') in `zone`. */
export function wallTime(day: string, clock: string, zone: string): number {
  const [hour, minute] = clock.split(':').map(Number);
  return DateTime.fromISO(day, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/** `wallTime` remembered for one pass: a pass asks for the same few days again and again. */
export function memoWallTime(): typeof wallTime {
  const known = new Map<string, number>();
  return (day, clock, zone) => {
    const key = `${day}|${clock}|${zone}`;
    let at = known.get(key);
    if (at === undefined) known.set(key, (at = wallTime(day, clock, zone)));
    return at;
  };
}

/** Every reminder of one item under the settings, in time order. */
export function remindersFor(
  item: LedgerItem,
  settings: ReminderSettings,
  zone: string,
  clockAt: typeof wallTime = wallTime,
): Reminder[] {
  if (!item.due) return [];
  const due = item.due;
  const leads = item.owner === 'us' ? settings.usLeadDays : settings.clientLeadDays;
  return leads
    .map((leadDays): Reminder => {
      let at = clockAt(addDays(due, -leadDays), settings.time, zone);
      // On the day of something with a time (a call at 08:00), an hour before it if that is earlier.
      if (leadDays === 0 && item.dueTime) {
        const dayStart = clockAt(due, '00:00', zone);
        at = Math.min(at, Math.max(dayStart, clockAt(due, item.dueTime, zone) - 3_600_000));
      }
      return { id: reminderId(item.id, due, leadDays), itemId: item.id, leadDays, at };
    })
    .sort((a, b) => a.at - b.at);
}

/** When the item got its current due date: its last change of `due`, else its creation. */
export function dueSetAt(item: LedgerItem): number {
  for (let i = item.history.length - 1; i >= 0; i--) {
    const entry = item.history[i]!;
    if (entry.to && 'due' in entry.to) return Date.parse(entry.at);
  }
  return Date.parse(item.createdAt);
}

const OPEN = new Set(['proposed', 'confirmed', 'renegotiated']);

export function planReminders(input: PlanInput): ReminderPlan {
  const { settings, zone, now, fired } = input;
  const today = dayIn(zone, now);
  const snoozes = new Map(input.snoozes.map((s) => [s.itemId, s]));
  const plan: ReminderPlan = { show: [], passOver: [], endedSnoozes: [], nextAt: null };
  const later = (at: number) => {
    if (at > now && (plan.nextAt === null || at < plan.nextAt)) plan.nextAt = at;
  };
  const seen = new Set<string>();
  const clockAt = memoWallTime();

  for (const item of input.items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const snooze = snoozes.get(item.id);
    const live = OPEN.has(item.status) && item.due !== null && item.due >= today;
    if (!live) {
      if (snooze) plan.endedSnoozes.push(item.id);
      continue;
    }
    const setAt = dueSetAt(item);
    const pending = remindersFor(item, settings, zone, clockAt).filter(
      (r) => !fired.has(r.id) && r.at >= setAt,
    );
    const past = pending.filter((r) => r.at <= now);
    pending.filter((r) => r.at > now).forEach((r) => later(r.at));

    if (snooze && snooze.until > now) {
      later(snooze.until);
      continue; // held: nothing for this item until the snooze ends
    }
    if (snooze) {
      plan.endedSnoozes.push(item.id);
      plan.show.push({ itemId: item.id, reminderId: null, snoozedUntil: snooze.until });
      plan.passOver.push(...past.map((r) => r.id));
      continue;
    }
    const latest = past[past.length - 1];
    if (!latest) continue;
    plan.show.push({ itemId: item.id, reminderId: latest.id });
    plan.passOver.push(...past.slice(0, -1).map((r) => r.id));
  }
  // Snoozes whose item is not in the list (closed, deleted, no longer due): drop them.
  for (const snooze of input.snoozes) if (!seen.has(snooze.itemId)) plan.endedSnoozes.push(snooze.itemId);
  return plan;
}

/** The digest's id for a day; the digest fires once a day at most. */
export function digestId(day: string): string {
  return `digest|${day}`;
}

/**
 * The morning digest: due now when it is on, today's time has come and it has not been
 * shown today. Late in the day (the browser opened at 15:00) it still comes, once.
 */
export function planDigest(
  settings: ReminderSettings,
  zone: string,
  now: number,
  fired: ReadonlySet<string>,
): { showDay: string | null; nextAt: number | null } {
  if (!settings.digest) return { showDay: null, nextAt: null };
  const today = dayIn(zone, now);
  const at = wallTime(today, settings.digestTime, zone);
  if (at > now) return { showDay: null, nextAt: at };
  const tomorrow = wallTime(addDays(today, 1), settings.digestTime, zone);
  return { showDay: fired.has(digestId(today)) ? null : today, nextAt: tomorrow };
}

/**
 * When to look again even if nothing in today's window is due: tomorrow at the reminder
 * time, when items further out come into the window.
 */
export function nextDailyCheck(settings: ReminderSettings, zone: string, now: number): number {
  const tomorrow = addDays(dayIn(zone, now), 1);
  return wallTime(tomorrow, settings.time, zone);
}

/** How many days ahead the worker must read items for a plan made today. */
export function windowDays(settings: ReminderSettings): number {
  return Math.max(0, ...settings.usLeadDays, ...settings.clientLeadDays) + 1;
}
