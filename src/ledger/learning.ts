/**
 * The per-user correction of extraction, kept in the ledger: read when a thread is read,
 * updated when the user accepts, edits or dismisses a suggestion or adds an item from a
 * sentence, and reset from the settings page. The learning itself is pure
 * (src/extract/model/learning.ts); this file only stores it, one transaction per update.
 */
import { emptyLearning, learn, type Evidence, type LearnedIntent } from '../extract/model/learning';
import type { LedgerDb } from './db';
import { writeTransaction } from './transaction';

export interface EvidenceEntry {
  sentence: string;
  evidence: Evidence;
  /** The confidence it was offered with (for an item added by hand: how likely it looked). */
  offered: number;
}

export async function readLearning(db: LedgerDb): Promise<LearnedIntent> {
  return (await db.get('learning', 'intent'))?.learned ?? emptyLearning();
}

/** Learns from each entry in turn, in one transaction (no other work is awaited inside it). */
export async function recordEvidence(
  db: LedgerDb,
  entries: EvidenceEntry[],
  now: Date,
): Promise<LearnedIntent> {
  return writeTransaction(db, ['learning'], async (tx) => {
    let learned = (await tx.store.get('intent'))?.learned ?? emptyLearning();
    for (const e of entries) learned = learn(learned, e.sentence, e.evidence, e.offered, now);
    await tx.store.put({ key: 'intent', learned });
    return learned;
  });
}

/** Forgets everything learned from this user; the shipped model alone decides again. */
export async function resetLearning(db: LedgerDb): Promise<LearnedIntent> {
  await writeTransaction(db, ['learning'], (tx) => tx.store.delete('intent'));
  return emptyLearning();
}
