import type { IDBPTransaction, StoreNames } from 'idb';
import type { LedgerDb } from './db';
import type { LedgerSchema } from './schema';
import { translateStorageError } from './errors';

export type WriteTx<Names extends ArrayLike<StoreNames<LedgerSchema>>> = IDBPTransaction<
  LedgerSchema,
  Names,
  'readwrite'
>;

/**
 * Runs one user action as one readwrite transaction. If `work` throws (a rule, a failed
 * request, a quota error) the transaction is aborted, so the ledger keeps its old state;
 * storage failures come out as LedgerFullError / LedgerStorageError.
 *
 * `work` must only wait on requests of `tx`: awaiting anything else (a fetch, a timer,
 * crypto.subtle) lets the transaction commit early and the next request would throw.
 */
export async function writeTransaction<const Names extends ArrayLike<StoreNames<LedgerSchema>>, R>(
  db: LedgerDb,
  stores: Names,
  work: (tx: WriteTx<Names>) => Promise<R>,
): Promise<R> {
  const tx = db.transaction(stores, 'readwrite');
  // Observed from the start so a rejection here is never reported as unhandled.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? tx.error ?? new Error('The ledger transaction was aborted.'),
  );
  let result: R;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await done;
    throw translateStorageError(error);
  }
  const failure = await done;
  if (failure) throw translateStorageError(failure);
  return result;
}
