import type { DBSchema } from 'idb';
import type { Client, LedgerItem } from '../core';
import type { LearnedIntent } from '../extract/model/learning';

/** A key/value setting (own addresses, working hours, sidebar collapsed …). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A suggestion the user dismissed. Keyed by its message and a hash of what it said and
 * where (see suggestionHash), so the same suggestion from that message is never offered again.
 */
export interface DismissalRecord {
  messageId: string;
  hash: string;
  threadId: string;
  /** Kept so an export shows what was dismissed, and the user can review it. */
  text: string;
  dismissedAt: string;
}

/**
 * A client review planned on a calendar. The calendar feature owns the full shape
 * (src/calendar/types.ts); the ledger stores it as a record with these keys indexed.
 */
export interface ReviewRecord {
  id: string;
  clientId: string;
  /** ISO timestamp of the review's start. */
  start: string;
  updatedAt?: string;
  [field: string]: unknown;
}

/**
 * A calendar operation waiting to be sent (src/calendar/outbox.ts owns its shape). Kept in
 * the ledger's IndexedDB, where no content script can write, since the worker acts on it
 * (issue 10); `seq` keeps the order operations were queued in.
 */
export interface OutboxRecord {
  key: string;
  seq: number;
  entry: unknown;
}

/**
 * Reminders' own bookkeeping (src/reminders/reminderLog.ts), kept beside the ledger so a
 * stopped worker or a restarted browser never notifies twice:
 * - `fired|<due>|<itemId>|<leadDays>` and `digest|<day>`: this reminder was shown (or passed
 *   over for a later one) at `at`;
 * - `snooze|<itemId>`: show this item's reminder again at `until` (epoch ms).
 */
export interface ReminderLogRecord {
  id: string;
  itemId?: string;
  /** Epoch ms the record was written. */
  at: number;
  until?: number;
}

/**
 * What extraction learned from this user's accepts, edits and dismissals (one record, key
 * 'intent'). It never leaves the browser: not in exports, not sent anywhere.
 */
export interface LearningRecord {
  key: 'intent';
  learned: LearnedIntent;
}

/**
 * The ledger's IndexedDB schema. Bump LEDGER_VERSION and add a rung to the ladder in
 * db.ts for every change; test/unit/ledger/upgrade.test.ts builds every earlier version.
 *
 * v1: clients, expectations (byClient, byDue, byThread), settings.
 * v2: expectations gain the derived `open` flag and indexes byClientOpen [clientId, open],
 *     byOpenDue [open, due], byThreadMessage [threadId, messageId]; byClient, byDue and
 *     byThread are dropped (the new ones cover them, and every index slows every write);
 *     new stores dismissals and reviews.
 * v3: new store outbox (the calendar outbox, moved here from storage.local, which content
 *     scripts can write).
 * v4: new store learning (what extraction learned from this user).
 * v6: new store reminderLog (fired reminders and snoozes), keyed by `id`.
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
    indexes: {
      byClientOpen: [string, number];
      byOpenDue: [number, string];
      byThreadMessage: [string, string];
    };
  };
  settings: {
    key: string;
    value: SettingRecord;
  };
  dismissals: {
    key: [string, string];
    value: DismissalRecord;
    indexes: { byThread: string };
  };
  reviews: {
    key: string;
    value: ReviewRecord;
    indexes: { byClient: string; byStart: string };
  };
  outbox: {
    key: string;
    value: OutboxRecord;
  };
  reminderLog: {
    key: string;
    value: ReminderLogRecord;
  };
  learning: {
    key: string;
    value: LearningRecord;
  };
}

export const LEDGER_DB_NAME = 'accord-ledger';
export const LEDGER_VERSION = 6;
