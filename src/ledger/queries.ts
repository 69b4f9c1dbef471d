/**
 * The reads the UI makes, each one index range (no full scans): a client's open items,
 * what is due soon across clients, a thread's items, a message's items.
 */
import type { LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { addDays } from './fields';
import { byDueThenCreated } from './items';

const OPEN = 1;

/** What is still owed between the user and this client, both directions, soonest first. */
export async function openItemsForClient(db: LedgerDb, clientId: string): Promise<LedgerItem[]> {
  const items = await db.getAllFromIndex('expectations', 'byClientOpen', IDBKeyRange.only([clientId, OPEN]));
  return items.sort(byDueThenCreated);
}

/**
 * Open items due from `today` through `today + days` (inclusive), across clients, soonest
 * first. With `includeOverdue`, open items due before today come first. Undated items are
 * never "due soon" (they are not in the index range).
 */
export async function dueWithin(
  db: LedgerDb,
  days: number,
  today: string,
  options: { includeOverdue?: boolean } = {},
): Promise<LedgerItem[]> {
  const lower: [number, string] = [OPEN, options.includeOverdue ? '' : today];
  const upper: [number, string] = [OPEN, addDays(today, days)];
  const items = await db.getAllFromIndex('expectations', 'byOpenDue', IDBKeyRange.bound(lower, upper));
  return items.sort(byDueThenCreated);
}

/** Every item accepted from a thread, in any status. */
export async function itemsForThread(db: LedgerDb, threadId: string): Promise<LedgerItem[]> {
  const items = await db.getAllFromIndex('expectations', 'byThreadMessage', threadRange(threadId));
  return items.sort(byDueThenCreated);
}

/** Items accepted from one message of a thread. */
export function itemsForMessage(db: LedgerDb, threadId: string, messageId: string): Promise<LedgerItem[]> {
  return db.getAllFromIndex('expectations', 'byThreadMessage', IDBKeyRange.only([threadId, messageId]));
}

/**
 * Every [threadId, messageId] key of one thread: [t] sorts before [t, any string] and
 * [t, []] after it (arrays sort after strings).
 */
export function threadRange(threadId: string): IDBKeyRange {
  return IDBKeyRange.bound([threadId], [threadId, []]);
}
