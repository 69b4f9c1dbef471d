/** fast-check arbitraries for whole ledgers, as an export file would carry them. */
import fc from 'fast-check';
import type { Client, HistoryEntry, LedgerItem, SourceRef } from '../../../src/core';
import { EXPORT_FORMAT, LEDGER_VERSION, suggestionHash, type LedgerExport } from '../../../src/ledger';

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = timestamp.map((t) => t.slice(0, 10));
const timeOfDay = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const words = fc.string({ unit: 'grapheme', maxLength: 80 });
const id = fc.uuid();
const money = fc.record({
  value: fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100 || 0),
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
});
const plainValue = fc.oneof(words, fc.integer(), fc.constant(null), fc.boolean(), day);
const fieldValues = fc.dictionary(fc.constantFrom('status', 'due', 'amount', 'text', 'doneOn'), plainValue);

const source: fc.Arbitrary<SourceRef> = fc.record({
  host: fc.constantFrom('gmail' as const, 'outlook' as const),
  threadId: fc.stringMatching(/^[a-z0-9]{1,16}$/),
  threadUrl: fc.stringMatching(/^[a-z0-9]{1,16}$/).map((t) => `https://mail.google.com/mail/u/0/#inbox/${t}`),
  messageId: fc.stringMatching(/^[a-z0-9]{1,16}$/),
  quote: words,
  start: fc.nat(10_000),
  end: fc.nat(10_000),
  sentAt: timestamp,
});

const history: fc.Arbitrary<HistoryEntry> = fc.record(
  {
    at: timestamp,
    by: fc.constantFrom('user' as const, 'accord' as const),
    action: fc.constantFrom('accepted', 'edited', 'status:done', 'renegotiated'),
    why: words,
    from: fieldValues,
    to: fieldValues,
    evidence: source,
  },
  { requiredKeys: ['at', 'by', 'action'] },
);

function clientAt(index: number): fc.Arbitrary<Client> {
  return fc.record({
    id,
    name: words,
    // Distinct per client: an import merges clients that share a domain.
    domains: fc.constant([`client${index}.example`]),
    addresses: fc.constant(index % 3 === 0 ? [`person${index}@gmail.com`] : []),
    notes: words,
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

function itemFor(clientIds: string[]): fc.Arbitrary<LedgerItem> {
  return fc.record(
    {
      id,
      clientId: fc.constantFrom(...clientIds),
      kind: fc.constantFrom(
        'deliverable' as const,
        'request' as const,
        'payment' as const,
        'meeting' as const,
        'standard' as const,
      ),
      owner: fc.constantFrom('us' as const, 'client' as const),
      text: words,
      due: fc.option(day, { nil: null }),
      dueTime: timeOfDay,
      amount: fc.option(money, { nil: null }),
      terms: words,
      recurrence: fc.record(
        {
          freq: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const, 'yearly' as const),
          interval: fc.integer({ min: 1, max: 12 }),
          byWeekday: fc.uniqueArray(fc.constantFrom('MO' as const, 'TU' as const, 'FR' as const)),
        },
        { requiredKeys: ['freq', 'interval'] },
      ),
      status: fc.constantFrom(
        'proposed' as const,
        'confirmed' as const,
        'done' as const,
        'missed' as const,
        'cancelled' as const,
        'renegotiated' as const,
      ),
      doneOn: day,
      source: fc.option(source, { nil: null }),
      createdAt: timestamp,
      updatedAt: timestamp,
      history: fc.array(history, { maxLength: 4 }),
      sentForConfirmationAt: timestamp,
    },
    {
      requiredKeys: [
        'id',
        'clientId',
        'kind',
        'owner',
        'text',
        'due',
        'amount',
        'status',
        'source',
        'createdAt',
        'updatedAt',
        'history',
      ],
    },
  );
}

export const ledgerExport: fc.Arbitrary<LedgerExport> = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => clientAt(i))))
  .chain((clients) => {
    const uniqueClients = clients.filter((c, i) => clients.findIndex((o) => o.id === c.id) === i);
    const ids = uniqueClients.map((c) => c.id);
    return fc.record({
      format: fc.constant(EXPORT_FORMAT),
      version: fc.constant(LEDGER_VERSION),
      exportedAt: timestamp,
      clients: fc.constant(uniqueClients),
      items: ids.length
        ? fc.uniqueArray(itemFor(ids), { selector: (i) => i.id, maxLength: 12 })
        : fc.constant([]),
      dismissals: fc.uniqueArray(
        fc
          .record({
            messageId: fc.stringMatching(/^[a-z0-9]{1,8}$/),
            threadId: fc.stringMatching(/^[a-z0-9]{1,8}$/),
            text: words,
            start: fc.nat(500),
            dismissedAt: timestamp,
          })
          .map(({ start, ...d }) => ({ ...d, hash: suggestionHash({ text: d.text, start }) })),
        { selector: (d) => `${d.messageId}|${d.hash}`, maxLength: 4 },
      ),
      // Only values settings.update would accept: an import refuses anything else (issue 10).
      settings: fc.uniqueArray(
        fc.oneof(
          fc.record({
            key: fc.constant('ownEmails'),
            value: fc.array(fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,6}\.io$/), { maxLength: 3 }),
          }),
          fc.record({
            key: fc.constant('ownDomains'),
            value: fc.array(fc.stringMatching(/^[a-z]{1,6}\.(io|com)$/), { maxLength: 3 }),
          }),
          fc.record({
            key: fc.constant('timeZone'),
            value: fc.constantFrom('', 'Europe/Paris', 'Asia/Tokyo'),
          }),
          fc.record({
            key: fc.constant('defaultProvider'),
            value: fc.constantFrom('ics', 'google', 'microsoft'),
          }),
        ),
        {
          selector: (s) => s.key,
        },
      ),
      reviews: ids.length
        ? fc.uniqueArray(
            fc.record({
              id,
              clientId: fc.constantFrom(...ids),
              start: timestamp,
              updatedAt: timestamp,
              agenda: words,
            }),
            { selector: (r) => r.id, maxLength: 3 },
          )
        : fc.constant([]),
    });
  });

/** The file's records in the order an export lists them (by key). */
export function normalised(file: LedgerExport): Omit<LedgerExport, 'exportedAt'> {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => cmp(a.id, b.id));
  const { exportedAt: _exportedAt, ...rest } = file;
  return {
    ...rest,
    clients: byId(file.clients),
    items: byId(file.items),
    reviews: byId(file.reviews),
    settings: [...file.settings].sort((a, b) => cmp(a.key, b.key)),
    dismissals: [...file.dismissals].sort((a, b) => cmp(a.messageId, b.messageId) || cmp(a.hash, b.hash)),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
