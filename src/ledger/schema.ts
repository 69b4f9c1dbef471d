import type { DBSchema } from 'idb';
import type { Client, LedgerItem } from '../core';

/** A key/value setting (own addresses, working hours, sidebar collapsed …). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The ledger's IndexedDB schema. Bump LEDGER_VERSION and add a rung to the ladder in
 * db.ts for every change; test/unit/ledger/upgrade.test.ts builds every earlier version.
 */
export interface LedgerSchema extends DBSchema {
  clients: {
    key: string;
    value: Client;
    indexes: { byDomain: string; byAddress: string };
  };
  expectations: {
    key: string;
    value: LedgerItem;
    indexes: { byClient: string; byDue: string; byThread: string };
  };
  settings: {
    key: string;
    value: SettingRecord;
  };
}

export const LEDGER_DB_NAME = 'accord-ledger';
export const LEDGER_VERSION = 1;
