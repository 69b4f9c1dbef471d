/**
 * The upgrade ladder. Every schema version that ever shipped is rebuilt from frozen code
 * (frozenSchemas.ts: copied, never imported, so later edits to db.ts cannot change the
 * past), filled with data, then opened with the current openLedger: nothing may be lost.
 */
import {
  dueWithin,
  LEDGER_VERSION,
  openLedger,
  openItemsForClient,
  itemsForThread,
  itemsForMessage,
} from '../../../src/ledger';
import type { Client, LedgerItem } from '../../../src/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildV1, buildV2, buildV3, buildV4 } from './frozenSchemas';

const client: Client = {
  id: 'c1',
  name: 'Acme',
  domains: ['acme.com', 'acme-europe.com'],
  addresses: ['jo@gmail.com'],
  notes: 'Prefers calls on Tuesdays',
  createdAt: '2025-12-01T10:00:00.000Z',
  updatedAt: '2025-12-02T10:00:00.000Z',
};

const itemWithEverything: LedgerItem = {
  id: 'i1',
  clientId: 'c1',
  kind: 'payment',
  owner: 'client',
  text: 'Pay the first instalment',
  due: '2026-03-04',
  dueTime: '17:00',
  amount: { value: 1250.5, currency: 'EUR' },
  terms: 'net 30',
  recurrence: { freq: 'monthly', interval: 1, byWeekday: ['MO'] },
  status: 'confirmed',
  source: {
    host: 'gmail',
    threadId: 't1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t1',
    messageId: 'm1',
    quote: 'We will pay the first instalment by 4 March.',
    start: 3,
    end: 47,
    sentAt: '2026-02-01T09:00:00-05:00',
  },
  createdAt: '2026-02-01T15:00:00.000Z',
  updatedAt: '2026-02-02T15:00:00.000Z',
  history: [
    { at: '2026-02-01T15:00:00.000Z', by: 'user', action: 'accepted' },
    {
      at: '2026-02-02T15:00:00.000Z',
      by: 'user',
      action: 'status:confirmed',
      why: 'agreed on the call',
      from: { status: 'proposed' },
      to: { status: 'confirmed' },
    },
  ],
};

const doneItem: LedgerItem = {
  ...itemWithEverything,
  id: 'i2',
  kind: 'deliverable',
  owner: 'us',
  text: 'Brand guidelines',
  due: '2026-03-05',
  amount: null,
  status: 'done',
  doneOn: '2026-03-01',
  source: null,
  history: [],
};
delete (doneItem as Partial<LedgerItem>).dueTime;
delete (doneItem as Partial<LedgerItem>).terms;
delete (doneItem as Partial<LedgerItem>).recurrence;

const undatedItem: LedgerItem = { ...doneItem, id: 'i3', status: 'proposed', due: null, doneOn: undefined };
delete (undatedItem as Partial<LedgerItem>).doneOn;

const settings = [
  { key: 'ownEmails', value: ['dana@northwind.io'] },
  { key: 'timeZone', value: 'Europe/Paris' },
];

const v1Records = {
  clients: [client],
  expectations: [itemWithEverything, doneItem, undatedItem],
  settings,
};

const withOpenFlag = (items: LedgerItem[]) =>
  items.map((i) => ({ ...i, open: ['proposed', 'confirmed', 'renegotiated'].includes(i.status) ? 1 : 0 }));

/**
 * One frozen builder per earlier version. Adding a rung means adding a frozen builder for
 * the version before it in frozenSchemas.ts.
 */
const EARLIER_VERSIONS: Record<number, (name: string) => Promise<void>> = {
  1: (name) => buildV1(name, v1Records),
  2: (name) => buildV2(name, { ...v1Records, expectations: withOpenFlag(v1Records.expectations) }),
  3: (name) => buildV3(name, { ...v1Records, expectations: withOpenFlag(v1Records.expectations) }),
  4: (name) => buildV4(name, { ...v1Records, expectations: withOpenFlag(v1Records.expectations) }),
};

/**
 * The versions the ladder in db.ts has rungs for. Versions are handed out to features in
 * parallel, so the ladder may skip numbers until every feature is merged (v6 before v3-5).
 */
function rungVersions(): number[] {
  const source = readFileSync(resolve(import.meta.dirname, '../../../src/ledger/db.ts'), 'utf8');
  return [...source.matchAll(/if \(oldVersion < (\d+)\)/g)].map((m) => Number(m[1]));
}

describe('the ledger’s upgrade ladder', () => {
  it('has a frozen builder for every earlier version', () => {
    const rungs = rungVersions();
    expect(Math.max(...rungs)).toBe(LEDGER_VERSION);
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(rungs.filter((v) => v < LEDGER_VERSION));
  });

  it.each(Object.entries(EARLIER_VERSIONS))(
    'upgrades a ledger built at version %s to the current one without losing a field',
    async (version, build) => {
      const name = `upgrade-from-v${version}`;
      await build(name);
      const db = await openLedger(name);
      expect(db.version).toBe(LEDGER_VERSION);
      expect(await db.getAll('clients')).toEqual([client]);
      expect(await db.getAll('settings')).toEqual(settings.sort((a, b) => a.key.localeCompare(b.key)));
      expect(await db.getAll('expectations')).toEqual([
        { ...itemWithEverything, open: 1 },
        { ...doneItem, open: 0 },
        { ...undatedItem, open: 1 },
      ]);
      // The new indexes see the old records.
      expect((await openItemsForClient(db, 'c1')).map((i) => i.id)).toEqual(['i1', 'i3']);
      expect((await dueWithin(db, 7, '2026-03-01')).map((i) => i.id)).toEqual(['i1']);
      expect((await itemsForThread(db, 't1')).map((i) => i.id)).toEqual(['i1']);
      expect(await itemsForMessage(db, 't1', 'm1')).toHaveLength(1);
      expect(await db.count('dismissals')).toBe(0);
      expect(await db.count('reviews')).toBe(0);
      expect(await db.count('reminderLog')).toBe(0);
      expect(await db.count('outbox')).toBe(0);
      expect(await db.count('learning')).toBe(0);
      expect([...db.transaction('expectations').store.indexNames].sort()).toEqual([
        'byClientOpen',
        'byOpenDue',
        'byThreadMessage',
      ]);
      db.close();
    },
  );

  it('opens an up-to-date ledger again without touching its data', async () => {
    const name = 'upgrade-idempotent';
    await buildV1(name, v1Records);
    (await openLedger(name)).close();
    const db = await openLedger(name);
    expect(await db.count('expectations')).toBe(3);
    db.close();
  });
});
