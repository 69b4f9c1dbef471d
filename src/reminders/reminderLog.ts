/**
 * The reminders' log in the ledger database (store `reminderLog`, schema v6): reminders
 * shown or passed over, and snoozes. Writing the log is how a reminder is claimed: the
 * worker writes the record first, in one transaction that checks it is not there yet, and
 * shows the notification only for records it wrote. Two runs at once (an alarm and a ledger
 * change) cannot both claim one reminder, and a worker stopped after the write loses at
 * most that one notification rather than showing it twice.
 */
import type { LedgerDb } from '../ledger/db';
import { firedRange, type Snooze } from './plan';

const SNOOZE = 'snooze|';

export const snoozeKey = (itemId: string) => `${SNOOZE}${itemId}`;

/**
 * The log's keys for reminders of items due from `from` through `to`, and any `extra` ids
 * (the digest's): one key range read, not one request per reminder.
 */
export async function loggedFor(
  db: LedgerDb,
  from: string,
  to: string,
  extra: string[] = [],
): Promise<Set<string>> {
  const tx = db.transaction('reminderLog');
  const [inWindow, others] = await Promise.all([
    tx.store.getAllKeys(firedRange(from, to)),
    Promise.all(extra.map((id) => tx.store.getKey(id))),
  ]);
  await tx.done;
  return new Set([...inWindow, ...others.filter((k): k is string => k !== undefined)]);
}

/**
 * Logs each of `ids` not logged yet, ends the snoozes of `endSnoozesOf`, all in one
 * transaction; answers the ids this call wrote (the ones it may notify about).
 */
export async function claim(
  db: LedgerDb,
  ids: string[],
  at: number,
  endSnoozesOf: string[] = [],
): Promise<Set<string>> {
  if (ids.length === 0 && endSnoozesOf.length === 0) return new Set(); // the usual pass: no write
  const tx = db.transaction('reminderLog', 'readwrite');
  const existing = await Promise.all(ids.map((id) => tx.store.getKey(id)));
  const fresh = ids.filter((_, i) => existing[i] === undefined);
  await Promise.all([
    ...fresh.map((id) => tx.store.put({ id, at, ...itemOf(id) })),
    ...endSnoozesOf.map((itemId) => tx.store.delete(snoozeKey(itemId))),
  ]);
  await tx.done;
  return new Set(fresh);
}

/** `fired|<due>|<item>|<lead>` and `snoozed|<item>|<until>` name their item. */
function itemOf(id: string): { itemId?: string } {
  const parts = id.split('|');
  const itemId = parts[0] === 'fired' ? parts[2] : parts[0] === 'snoozed' ? parts[1] : undefined;
  return itemId ? { itemId } : {};
}

export async function readSnoozes(db: LedgerDb): Promise<Snooze[]> {
  const records = await db.getAll('reminderLog', IDBKeyRange.bound(SNOOZE, `${SNOOZE}\uffff`));
  return records.flatMap((r) =>
    r.itemId && typeof r.until === 'number' ? [{ itemId: r.itemId, until: r.until }] : [],
  );
}

export async function snooze(db: LedgerDb, itemId: string, until: number, at: number): Promise<void> {
  await db.put('reminderLog', { id: snoozeKey(itemId), itemId, until, at });
}
