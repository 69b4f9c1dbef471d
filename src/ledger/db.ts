import { openDB, type IDBPDatabase } from 'idb';
import { LEDGER_DB_NAME, LEDGER_VERSION, type LedgerSchema } from './schema';

export type LedgerDb = IDBPDatabase<LedgerSchema>;

/**
 * Opens the ledger, upgrading it rung by rung. Each `if (oldVersion < N)` block is a
 * permanent part of history: never edit one that has shipped, add the next.
 */
export function openLedger(name = LEDGER_DB_NAME): Promise<LedgerDb> {
  return openDB<LedgerSchema>(name, LEDGER_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const clients = db.createObjectStore('clients', { keyPath: 'id' });
        clients.createIndex('byDomain', 'domains', { multiEntry: true });
        clients.createIndex('byAddress', 'addresses', { multiEntry: true });
        const items = db.createObjectStore('expectations', { keyPath: 'id' });
        items.createIndex('byClient', 'clientId');
        items.createIndex('byDue', 'due');
        items.createIndex('byThread', 'source.threadId');
        db.createObjectStore('settings', { keyPath: 'key' });
      }
    },
  });
}
