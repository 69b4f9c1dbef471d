import { openLedger, type LedgerDb } from '../ledger';

let connection: Promise<LedgerDb> | null = null;

/**
 * The worker's one connection to the ledger. Cached only for this worker's lifetime:
 * when Chrome stops the worker the next message opens it again (nothing lives only here).
 */
export function ledger(): Promise<LedgerDb> {
  connection ??= openLedger().then((db) => {
    // Another tab's newer version wants to upgrade: step aside rather than block it.
    db.addEventListener('versionchange', () => {
      db.close();
      connection = null;
    });
    return db;
  });
  return connection;
}
