import type { LedgerItem } from '../core';
import type { LedgerDb } from './db';

/** Every item on record for a client, both directions, soonest due first (undated last). */
export async function itemsForClient(db: LedgerDb, clientId: string): Promise<LedgerItem[]> {
  // Both flags of byClientOpen: open and closed items alike.
  const range = IDBKeyRange.bound([clientId, 0], [clientId, 1]);
  const items = await db.getAllFromIndex('expectations', 'byClientOpen', range);
  return items.sort(byDueThenCreated);
}

export function byDueThenCreated(a: LedgerItem, b: LedgerItem): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
