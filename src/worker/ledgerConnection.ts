import { openLedger, type LedgerDb } from '../ledger';
import { requestPersistentStorage } from './persistence';

let connection: Promise<LedgerDb> | null = null;
let askedForPersistence = false;

/**
 * The worker's one connection to the ledger. Cached only for this worker's lifetime:
 * when Chrome stops the worker the next message opens it again (nothing lives only here).
 * When another tab's newer version needs us to step aside, or the browser closes the
 * connection, the cache is dropped so the next message reopens. A failed open (blocked
 * by an old tab) is not cached either: the next message tries again.
 */
export function ledger(): Promise<LedgerDb> {
  if (!askedForPersistence) {
    askedForPersistence = true;
    void requestPersistentStorage();
  }
  const opening = (connection ??= openLedger(undefined, { onGone: () => (connection = null) }));
  opening.catch(() => {
    if (connection === opening) connection = null;
  });
  return opening;
}
