/**
 * Client reviews planned on a calendar. The calendar feature defines their shape; the
 * ledger only keeps them (so they are exported, imported and upgraded with everything else).
 */
import type { LedgerDb } from './db';
import type { ReviewRecord } from './schema';
import { writeTransaction } from './transaction';

export async function putReview<R extends ReviewRecord>(db: LedgerDb, review: R): Promise<R> {
  await writeTransaction(db, ['reviews'], (tx) => tx.store.put(review));
  return review;
}

export async function deleteReview(db: LedgerDb, id: string): Promise<void> {
  await writeTransaction(db, ['reviews'], (tx) => tx.store.delete(id));
}

export function reviewsForClient(db: LedgerDb, clientId: string): Promise<ReviewRecord[]> {
  return db.getAllFromIndex('reviews', 'byClient', clientId);
}

/** Reviews starting in [from, to) (ISO timestamps), soonest first. */
export function reviewsBetween(db: LedgerDb, from: string, to: string): Promise<ReviewRecord[]> {
  return db.getAllFromIndex('reviews', 'byStart', IDBKeyRange.bound(from, to, false, true));
}
