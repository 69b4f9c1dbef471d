import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { LEDGER_DB_NAME, LEDGER_VERSION, type LedgerSchema } from './schema';
import { LedgerBlockedError, translateStorageError } from './errors';
import { isOpenStatus } from './itemRecord';
import type { LedgerItem } from '../core';

export type LedgerDb = IDBPDatabase<LedgerSchema>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface OpenLedgerOptions {
  /**
   * Called when this connection stops being usable: a newer version elsewhere asked us to
   * step aside (we close), or the browser closed it (storage cleared, disk error).
   */
  onGone?: () => void;
  /** How long to wait for another tab to let go of an older version before giving up. */
  blockedTimeoutMs?: number;
}

/**
 * Opens the ledger, upgrading it rung by rung. Each `if (oldVersion < N)` block is a
 * permanent part of history: never edit one that has shipped, add the next.
 *
 * If another tab holds an older version open and does not close it, the open fails with
 * LedgerBlockedError after `blockedTimeoutMs` instead of hanging every message.
 */
export function openLedger(name = LEDGER_DB_NAME, options: OpenLedgerOptions = {}): Promise<LedgerDb> {
  const { onGone, blockedTimeoutMs = 4000 } = options;
  let giveUp: (error: Error) => void = () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abandoned = false;
  const blocked = new Promise<never>((_, reject) => (giveUp = reject));

  const opening = openDB<LedgerSchema>(name, LEDGER_VERSION, {
    upgrade(currentDb, oldVersion, _newVersion, currentTransaction) {
      // A failed upgrade rejects the open itself; this copy of the outcome is not needed.
      currentTransaction.done.catch(() => undefined);
      // The rungs build past schemas (with indexes since dropped), so they work untyped:
      // LedgerSchema describes only the current version.
      const db = currentDb as unknown as IDBPDatabase;
      const transaction = currentTransaction as unknown as UpgradeTx;
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
      if (oldVersion < 2) {
        const items = transaction.objectStore('expectations');
        // Every index costs every write (an import of 10,000 items pays ~0.2 s per index),
        // so v2 keeps three that answer all the UI's queries: byClientOpen covers byClient
        // (a range over both flags), byThreadMessage covers byThread (a range over a
        // thread's messages) and finds a message's items; nothing read byDue.
        items.deleteIndex('byClient');
        items.deleteIndex('byDue');
        items.deleteIndex('byThread');
        items.createIndex('byClientOpen', ['clientId', 'open']);
        items.createIndex('byOpenDue', ['open', 'due']);
        items.createIndex('byThreadMessage', ['source.threadId', 'source.messageId']);
        deriveOpenFlags(transaction).catch(() => undefined); // a failure aborts the upgrade
        const dismissals = db.createObjectStore('dismissals', { keyPath: ['messageId', 'hash'] });
        dismissals.createIndex('byThread', 'threadId');
        const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
        reviews.createIndex('byClient', 'clientId');
        reviews.createIndex('byStart', 'start');
      }
      if (oldVersion < 3) {
        // The calendar outbox. Entries still in storage.local from v2 are moved here, after
        // checking each against the ledger's reviews, by migrateLegacyOutbox (it needs the
        // browser's storage API, which cannot be awaited inside this transaction).
        db.createObjectStore('outbox', { keyPath: 'key' });
      }
      if (oldVersion < 4) {
        // What extraction learned from this user (src/ledger/learning.ts).
        db.createObjectStore('learning', { keyPath: 'key' });
      }
      if (oldVersion < 6) {
        // Reminders: which were shown, and snoozes. No index: every read is by key or a key range.
        db.createObjectStore('reminderLog', { keyPath: 'id' });
      }
    },
    blocked() {
      timer = setTimeout(() => giveUp(new LedgerBlockedError()), blockedTimeoutMs);
    },
    blocking() {
      // A newer version is waiting for us: close so it can upgrade; the next call reopens.
      void opening.then((db) => db.close());
      onGone?.();
    },
    terminated() {
      onGone?.();
    },
  });

  // When we gave up, the open may still succeed later: close that stray connection.
  void opening.then(
    (db) => {
      clearTimeout(timer);
      if (abandoned) db.close();
    },
    () => clearTimeout(timer),
  );
  return Promise.race([opening, blocked]).catch((error: unknown) => {
    abandoned = true;
    throw translateStorageError(error);
  });
}

/** v2: stores the derived `open` flag on every existing item so the new indexes see it. */
async function deriveOpenFlags(transaction: UpgradeTx): Promise<void> {
  let cursor = await transaction.objectStore('expectations').openCursor();
  while (cursor) {
    const item = cursor.value as LedgerItem;
    await cursor.update({ ...item, open: isOpenStatus(item.status) ? 1 : 0 });
    cursor = await cursor.continue();
  }
}
