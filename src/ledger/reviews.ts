/**
 * Client reviews planned on a calendar. The calendar feature defines their shape; the
 * ledger only keeps them (so they are exported, imported and upgraded with everything else).
 */
import type { LedgerDb } from './db';
import type { ReviewRecord } from './schema';
import { writeTransaction } from './transaction';

/** What the ledger needs of a review to store and index it. */
export interface ReviewKeys {
  id: string;
  clientId: string;
  start: string;
}

export async function putReview<R extends ReviewRecord>(db: LedgerDb, review: R): Promise<R> {
  await writeTransaction(db, ['reviews'], (tx) => tx.store.put(review));
  return review;
}

/**
 * Saves several reviews in one transaction: a milestone cadence books one review per date,
 * and a stopped worker must leave all of them or none.
 */
export async function saveReviews<R extends ReviewKeys>(db: LedgerDb, reviews: R[]): Promise<R[]> {
  if (reviews.length === 0) return reviews;
  await writeTransaction(db, ['reviews'], async (tx) => {
    // The calendar's Review is an interface without an index signature; the store takes any fields.
    for (const review of reviews) await tx.store.put(review as unknown as ReviewRecord);
  });
  return reviews;
}

export async function getReview(db: LedgerDb, id: string): Promise<ReviewRecord | undefined> {
  return db.get('reviews', id);
}

export async function deleteReview(db: LedgerDb, id: string): Promise<void> {
  await writeTransaction(db, ['reviews'], (tx) => tx.store.delete(id));
}

/** A client's reviews, soonest first. */
export async function reviewsForClient(db: LedgerDb, clientId: string): Promise<ReviewRecord[]> {
  const found = await db.getAllFromIndex('reviews', 'byClient', clientId);
  return found.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** Reviews starting in [from, to) (ISO timestamps), soonest first. */
export function reviewsBetween(db: LedgerDb, from: string, to: string): Promise<ReviewRecord[]> {
  return db.getAllFromIndex('reviews', 'byStart', IDBKeyRange.bound(from, to, false, true));
}
