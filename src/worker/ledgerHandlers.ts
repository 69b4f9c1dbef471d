/**
 * The worker's handlers for the ledger's messages. Payloads arrive validated by the
 * router; each write is one ledger transaction, followed by announceLedgerChange() so
 * every open sidebar refreshes.
 */
import type { Handlers } from '../messaging/router';
import type { DueSoonEntry } from '../messaging/protocol';
import {
  acceptSuggestions,
  addItem,
  dismissSuggestion,
  dueWithin,
  editItem,
  exportItemsCsv,
  exportLedger,
  importLedger,
  localDay,
  markDone,
  markSentForConfirmation,
  openItemsForClient,
  renegotiate,
  readLearning,
  recordEvidence,
  setStatus,
  type EvidenceEntry,
  type LedgerDb,
} from '../ledger';
import { askConfidenceOf } from '../extract';
import { ledger } from './ledgerConnection';
import { announceLedgerChange } from './changes';

type LedgerRequest =
  | 'suggestions.accept'
  | 'item.add'
  | 'item.edit'
  | 'item.setStatus'
  | 'item.markDone'
  | 'item.renegotiate'
  | 'suggestion.dismiss'
  | 'items.markSentForConfirmation'
  | 'items.openForClient'
  | 'items.dueSoon'
  | 'client.list'
  | 'ledger.export'
  | 'ledger.exportCsv'
  | 'ledger.import';

export type LedgerHandlers = Pick<Handlers, LedgerRequest>;

export function createLedgerHandlers(
  now: () => Date = () => new Date(),
  open: () => Promise<LedgerDb> = ledger,
): LedgerHandlers {
  /**
   * Learning is a side effect of the user's action, never its outcome: if it cannot be
   * stored (storage full, say), the accept or dismissal that already committed still stands.
   */
  async function learnQuietly(db: LedgerDb, entries: EvidenceEntry[]): Promise<void> {
    await recordEvidence(db, entries, now()).catch(() => undefined);
  }

  /** Runs a write and tells every sidebar the ledger changed. */
  async function write<R>(work: (db: LedgerDb) => Promise<R>): Promise<R> {
    const result = await work(await open());
    await announceLedgerChange();
    return result;
  }

  return {
    // Accepts (edited or not), dismissals and items added from a sentence teach extraction
    // (src/ledger/learning.ts), after the ledger write itself has committed.
    'suggestions.accept': (input) =>
      write(async (db) => {
        const result = await acceptSuggestions(db, input, now());
        const entries = input.suggestions.map((s) => ({
          sentence: s.text,
          evidence: 'accepted' as const,
          offered: s.confidence,
        }));
        await learnQuietly(db, entries);
        return result;
      }),
    'item.add': ({ sentence, ...input }) =>
      write(async (db) => {
        const result = await addItem(db, input, now());
        if (sentence?.trim()) {
          const adjustment = await readLearning(db).catch(() => undefined);
          const offered = askConfidenceOf(sentence, { adjustment });
          await learnQuietly(db, [{ sentence, evidence: 'added', offered }]);
        }
        return result;
      }),
    'item.edit': ({ id, edits, why }) => write((db) => editItem(db, id, edits, now(), why)),
    'item.setStatus': ({ id, ...change }) => write((db) => setStatus(db, id, change, now())),
    'item.markDone': ({ id, ...delivery }) => write((db) => markDone(db, id, delivery, now())),
    'item.renegotiate': ({ id, ...terms }) => write((db) => renegotiate(db, id, terms, now())),
    'suggestion.dismiss': (input) =>
      write(async (db) => {
        const dismissal = await dismissSuggestion(db, input, now());
        const { text, confidence } = input.suggestion;
        // A suggestion offered without a stated confidence counts as a fairly sure one.
        await learnQuietly(db, [{ sentence: text, evidence: 'dismissed', offered: confidence ?? 0.8 }]);
        return dismissal;
      }),
    'items.markSentForConfirmation': ({ ids }) => write((db) => markSentForConfirmation(db, ids, now())),
    'ledger.import': ({ json }) => write((db) => importLedger(db, json)),

    async 'items.openForClient'({ clientId }) {
      return openItemsForClient(await open(), clientId);
    },
    async 'items.dueSoon'({ days, today, includeOverdue }) {
      const db = await open();
      const items = await dueWithin(db, days, today, { includeOverdue });
      const ids = [...new Set(items.map((i) => i.clientId))];
      const clients = await Promise.all(ids.map((id) => db.get('clients', id)));
      const names = new Map(clients.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      return items.map((item): DueSoonEntry => ({ item, clientName: names.get(item.clientId) ?? '' }));
    },
    async 'client.list'() {
      const clients = await (await open()).getAll('clients');
      return clients.sort((a, b) => a.name.localeCompare(b.name));
    },
    async 'ledger.export'() {
      return exportLedger(await open(), now());
    },
    async 'ledger.exportCsv'() {
      const csv = await exportItemsCsv(await open());
      return { csv, filename: `accord-ledger-${localDay(now())}.csv` };
    },
  };
}
