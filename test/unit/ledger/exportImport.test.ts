import fc from 'fast-check';
import {
  acceptSuggestions,
  dismissSuggestion,
  exportLedger,
  importLedger,
  itemsForClient,
  LEDGER_VERSION,
  writeSettings,
  type LedgerDb,
  type LedgerExport,
} from '../../../src/ledger';
import { acceptInput, freshLedger, NOW, suggestion, thread } from './fixtures';
import { ledgerExport, normalised } from './ledgerArbitraries';

async function ledgerWithData(): Promise<LedgerDb> {
  const db = await freshLedger();
  await acceptSuggestions(
    db,
    acceptInput([suggestion(), suggestion({ start: 60, end: 70, text: 'Two.' })]),
    NOW,
  );
  await dismissSuggestion(
    db,
    { threadId: thread.id, suggestion: suggestion({ start: 99, text: 'No.' }) },
    NOW,
  );
  await writeSettings(db, { timeZone: 'Europe/Paris' });
  return db;
}

const snapshot = async (db: LedgerDb) => normalised(await exportLedger(db, NOW));

describe('exporting and importing the ledger', () => {
  it('round-trips any ledger through a JSON file with nothing lost', async () => {
    await fc.assert(
      fc.asyncProperty(ledgerExport, async (file) => {
        const first = await freshLedger();
        await importLedger(first, JSON.stringify(file));
        const exported = await exportLedger(first, NOW);
        expect(normalised(exported)).toEqual(normalised(JSON.parse(JSON.stringify(file)) as LedgerExport));

        const second = await freshLedger();
        await importLedger(second, JSON.stringify(exported));
        expect(await snapshot(second)).toEqual(normalised(exported));
        first.close();
        second.close();
      }),
      { numRuns: 40 },
    );
  }, 30_000); // 40 ledgers through IndexedDB: seconds on a loaded shared machine

  it('writes a versioned file without the derived open flag', async () => {
    const file = await exportLedger(await ledgerWithData(), NOW);
    expect(file).toMatchObject({
      format: 'accord-ledger',
      version: LEDGER_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(file.items).toHaveLength(2);
    expect(file.items.every((i) => !('open' in i))).toBe(true);
    expect(file.dismissals).toHaveLength(1);
  });

  const refused: [string, (file: LedgerExport) => unknown, RegExp][] = [
    [
      'a file from a newer version',
      (f) => ({ ...f, version: LEDGER_VERSION + 1 }),
      /newer version of Accord .* Update Accord/,
    ],
    ['a truncated file', (f) => JSON.stringify(f).slice(0, 200), /not valid JSON/],
    ['something that is not a ledger', () => ({ hello: 'world' }), /not an Accord ledger export/],
    [
      'a file with a damaged field',
      (f) => ({ ...f, items: f.items.map((i, n) => (n === 1 ? { ...i, due: 'next week' } : i)) }),
      /damaged \(at items\.1\.due\)/,
    ],
    ['a file with a duplicated item', (f) => ({ ...f, items: [f.items[0], f.items[0]] }), /appears twice/],
    [
      'a file whose item belongs to a missing client',
      (f) => ({
        ...f,
        clients: [{ ...f.clients[0]!, id: 'other', domains: ['other.example'] }],
        items: [{ ...f.items[0]!, clientId: 'ghost' }],
      }),
      /client, ghost, that is not in it/,
    ],
  ];

  it.each(refused)('refuses %s with a clear message and changes nothing', async (_label, damage, message) => {
    const source = await exportLedger(await ledgerWithData(), NOW);
    const target = await freshLedger();
    await acceptSuggestions(target, { ...acceptInput([suggestion()]), clientKey: 'domain:globex.com' }, NOW);
    const before = await snapshot(target);
    await expect(importLedger(target, damage(source))).rejects.toThrow(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('merges by id: a newer edit replaces, an older one is ignored, new records are added', async () => {
    const db = await ledgerWithData();
    const file = await exportLedger(db, NOW);
    const [a, b] = file.items;
    const newer = { ...a!, text: 'newer words', updatedAt: '2030-01-01T00:00:00.000Z' };
    const older = { ...b!, text: 'older words', updatedAt: '2000-01-01T00:00:00.000Z' };
    const added = { ...b!, id: 'brand-new' };
    const summary = await importLedger(db, { ...file, items: [newer, older, added] });
    expect(summary.items).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await db.get('expectations', a!.id))?.text).toBe('newer words');
    expect((await db.get('expectations', b!.id))?.text).toBe(b!.text);
    expect(await db.get('expectations', 'brand-new')).toMatchObject({ open: 1 });
  });

  it('merges a client from another browser into the local client with the same domain, items and all', async () => {
    const other = await ledgerWithData();
    const file = await exportLedger(other, NOW);
    const local = await freshLedger();
    const mine = await acceptSuggestions(local, acceptInput([suggestion({ messageId: 'm2' })]), NOW);
    const incoming = { ...file.clients[0]!, addresses: ['jo@gmail.com'] };
    const summary = await importLedger(local, { ...file, clients: [incoming] });
    expect(summary.clients).toEqual({ added: 0, updated: 0, merged: 1, unchanged: 0 });
    expect(await local.count('clients')).toBe(1);
    expect((await local.get('clients', mine.client.id))?.addresses).toEqual(['jo@gmail.com']);
    const items = await itemsForClient(local, mine.client.id);
    expect(items).toHaveLength(3);
  });

  it('keeps local settings and fills in only the ones this browser lacks; unites dismissals', async () => {
    const db = await freshLedger();
    await writeSettings(db, { timeZone: 'America/New_York' });
    const file = await exportLedger(await ledgerWithData(), NOW);
    const withEmails = {
      ...file,
      settings: [...file.settings, { key: 'ownEmails', value: ['dana@northwind.io'] }],
    };
    const summary = await importLedger(db, withEmails);
    expect(summary).toMatchObject({ settings: 1, dismissals: 1 });
    expect((await db.get('settings', 'timeZone'))?.value).toBe('America/New_York');
    expect((await db.get('settings', 'ownEmails'))?.value).toEqual(['dana@northwind.io']);
    expect((await importLedger(db, withEmails)).dismissals).toBe(0);
  });

  it('reads a version 1 file, which has no dismissals or reviews', async () => {
    const file = await exportLedger(await ledgerWithData(), NOW);
    const { dismissals: _d, reviews: _r, ...v1 } = { ...file, version: 1 };
    const db = await freshLedger();
    expect((await importLedger(db, v1)).items.added).toBe(2);
  });
});
