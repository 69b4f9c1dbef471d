/**
 * Reminders in the worker: one chrome.alarms alarm for "the next reminder time", worked out
 * again from the ledger whenever it may have moved (a ledger or settings change, the worker
 * or the browser starting, the alarm itself). Alarms survive a stopped worker and a browser
 * restart; the log in IndexedDB (src/reminders/reminderLog.ts) makes sure nothing shows twice.
 */
import type { LedgerItem } from '../core';
import { dueWithin, readSettings, type LedgerDb } from '../ledger';
import { validReminderSettings } from '../reminders/reminderSettings';
import {
  dayIn,
  digestId,
  nextDailyCheck,
  planDigest,
  planReminders,
  wallTime,
  windowDays,
} from '../reminders/plan';
import { claim, loggedFor, readSnoozes, snooze } from '../reminders/reminderLog';
import {
  digestText,
  reminderText,
  type DigestCounts,
  type NotificationText,
} from '../reminders/notificationText';
import { addDays } from '../ledger/fields';
import { httpsOnly } from '../ui/httpsOnly';
import { localZoneName } from '../extract/localZone';

export const REMINDER_ALARM = 'accord.reminders.next';
const ITEM_PREFIX = 'accord.reminder|';
const DIGEST_PREFIX = 'accord.digest|';
const HOUR = 3_600_000;

export interface NotificationOptions extends NotificationText {
  type: 'basic';
  iconUrl: string;
  buttons?: { title: string }[];
}

/** The browser APIs reminders use, passed in so tests can give fakes. */
export interface ReminderEnv {
  db(): Promise<LedgerDb>;
  now(): number;
  alarms: {
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<unknown> | void;
  };
  notifications: {
    create(id: string, options: NotificationOptions): Promise<unknown>;
    clear(id: string): Promise<unknown>;
  };
  /** Where notification buttons work (Chrome); Firefox shows none. */
  buttons: boolean;
  iconUrl: string;
  openTab(url: string): Promise<unknown>;
  /** The dashboard's Today view (the morning digest leads there). */
  openToday?(): Promise<unknown>;
  /** The zone when the settings name none: the browser's. */
  defaultZone?: string;
}

export interface RunSummary {
  shown: string[];
  nextAt: number | null;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one pass at a time: passes started together (alarm, ledger change) queue up. */
export function runReminders(env: ReminderEnv): Promise<RunSummary> {
  const run = queue.then(() => runOnce(env));
  queue = run.catch(() => undefined);
  return run;
}

async function context(env: ReminderEnv) {
  const db = await env.db();
  const settings = await readSettings(db);
  const zone = settings.timeZone || env.defaultZone || localZoneName();
  return { db, reminders: validReminderSettings(settings.reminders), zone };
}

async function runOnce(env: ReminderEnv): Promise<RunSummary> {
  const { db, reminders, zone } = await context(env);
  const now = env.now();
  const today = dayIn(zone, now);
  const items = await dueWithin(db, windowDays(reminders), today);
  const snoozes = await readSnoozes(db);
  const known = new Set(items.map((i) => i.id));
  for (const s of snoozes) {
    const item = known.has(s.itemId) ? undefined : await db.get('expectations', s.itemId);
    if (item) items.push(item);
  }
  // Snoozed items may be due later than the window: read the log up to the latest of them.
  const lastDue = items.reduce((last, i) => (i.due && i.due > last ? i.due : last), today);
  const fired = await loggedFor(db, today, lastDue, [digestId(today)]);
  const plan = planReminders({ items, settings: reminders, zone, now, fired, snoozes });
  const digest = planDigest(reminders, zone, now, fired);

  const showId = (s: (typeof plan.show)[number]) => s.reminderId ?? `snoozed|${s.itemId}|${s.snoozedUntil}`;
  const claimed = await claim(
    db,
    [...plan.show.map(showId), ...plan.passOver, ...(digest.showDay ? [digestId(digest.showDay)] : [])],
    now,
    plan.endedSnoozes,
  );

  const byId = new Map(items.map((i) => [i.id, i]));
  const toShow = plan.show.flatMap((s) => {
    const item = byId.get(s.itemId);
    return item && claimed.has(showId(s)) ? [{ item, snoozed: s.snoozedUntil !== undefined }] : [];
  });
  const names = await clientNames(
    db,
    toShow.map((s) => s.item.clientId),
  );
  const shown: string[] = [];
  for (const { item, snoozed } of toShow) {
    const text = reminderText(item, names.get(item.clientId) ?? '', today, snoozed);
    await notify(env, `${ITEM_PREFIX}${item.id}`, text, item.due === today);
    shown.push(item.id);
  }
  if (digest.showDay && claimed.has(digestId(digest.showDay))) {
    const text = await digestFor(db, digest.showDay);
    if (text) {
      await notify(env, `${DIGEST_PREFIX}${digest.showDay}`, text, null);
      shown.push(digestId(digest.showDay));
    }
  }

  const anyReminders = reminders.usLeadDays.length + reminders.clientLeadDays.length > 0 || reminders.digest;
  const candidates = [
    plan.nextAt,
    digest.nextAt,
    anyReminders || snoozes.length > 0 ? nextDailyCheck(reminders, zone, now) : null,
  ];
  const nextAt = candidates.reduce<number | null>(
    (min, at) => (at !== null && (min === null || at < min) ? at : min),
    null,
  );
  if (nextAt === null) await env.alarms.clear(REMINDER_ALARM);
  else await env.alarms.create(REMINDER_ALARM, { when: Math.max(nextAt, now + 1000) });
  return { shown, nextAt };
}

/** Client names by id, read in one transaction. */
async function clientNames(db: LedgerDb, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const tx = db.transaction('clients');
  const clients = await Promise.all(unique.map((id) => tx.store.get(id)));
  await tx.done;
  return new Map(unique.map((id, i) => [id, clients[i]?.name ?? '']));
}

/** `dueToday`: null for the digest (no snooze), else whether "until tomorrow" would pass the due day. */
async function notify(
  env: ReminderEnv,
  id: string,
  text: NotificationText,
  dueToday: boolean | null,
): Promise<void> {
  const buttons =
    env.buttons && dueToday !== null
      ? [{ title: 'Snooze 1 hour' }, { title: dueToday ? 'Snooze 3 hours' : 'Snooze until tomorrow' }]
      : undefined;
  await env.notifications.create(id, {
    type: 'basic',
    iconUrl: env.iconUrl,
    ...text,
    ...(buttons ? { buttons } : {}),
  });
}

async function digestFor(db: LedgerDb, today: string): Promise<NotificationText | null> {
  const open = await dueWithin(db, 0, today, { includeOverdue: true });
  const counts: DigestCounts = { us: { overdue: 0, today: 0 }, client: { overdue: 0, today: 0 } };
  for (const item of open) counts[item.owner][item.due === today ? 'today' : 'overdue']++;
  return digestText(
    counts,
    today,
    open.filter((i) => i.due === today).map((i) => i.text),
  );
}

/** A click on a reminder opens the thread it was agreed in (https links only). */
export async function onReminderClicked(env: ReminderEnv, notificationId: string): Promise<void> {
  await env.notifications.clear(notificationId);
  if (notificationId.startsWith(DIGEST_PREFIX)) {
    await env.openToday?.();
    return;
  }
  if (!notificationId.startsWith(ITEM_PREFIX)) return;
  const item = await (await env.db()).get('expectations', notificationId.slice(ITEM_PREFIX.length));
  const url = httpsOnly(item?.source?.threadUrl);
  if (url) await env.openTab(url);
}

/** Button 0: snooze an hour. Button 1: until tomorrow's reminder time (3 hours on the due day). */
export async function onReminderButton(
  env: ReminderEnv,
  notificationId: string,
  button: number,
): Promise<void> {
  await env.notifications.clear(notificationId);
  if (!notificationId.startsWith(ITEM_PREFIX)) return;
  const itemId = notificationId.slice(ITEM_PREFIX.length);
  const { db, reminders, zone } = await context(env);
  const item: LedgerItem | undefined = await db.get('expectations', itemId);
  if (!item) return;
  const now = env.now();
  const today = dayIn(zone, now);
  const until =
    button === 0
      ? now + HOUR
      : item.due === today
        ? now + 3 * HOUR
        : wallTime(addDays(today, 1), reminders.time, zone);
  await snooze(db, itemId, until, now);
  await runReminders(env);
}
