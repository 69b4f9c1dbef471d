import {
  exportLedger,
  importLedger,
  readSettings,
  readSettingsView,
  writeSettings,
  type LedgerDb,
} from '../../../src/ledger';
import { identityFrom } from '../../../src/worker/identity';
import { acceptInput, freshLedger, NOW, suggestion } from './fixtures';
import { acceptSuggestions } from '../../../src/ledger';

async function ledgerWithItems(): Promise<LedgerDb> {
  const db = await freshLedger();
  await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
  await writeSettings(db, { ownEmails: ['me@studio.io'] });
  return db;
}

async function craftedFile(settings: { key: string; value: unknown }[]) {
  const file = await exportLedger(await freshLedger(), NOW);
  return { ...file, settings };
}

describe('importing settings (issue 10, item 2)', () => {
  it.each([
    ['ownEmails as a string', { key: 'ownEmails', value: 'x' }, /ownEmails/],
    [
      'a Google client id carrying spaces and a redirect',
      { key: 'googleClientId', value: 'abc def&redirect_uri=https://evil.example' },
      /googleClientId/,
    ],
    ['a key Accord does not know', { key: 'someOldKey', value: true }, /no such setting/],
    [
      'working hours with no days',
      { key: 'workingHours', value: { days: [], start: '09:00', end: '17:00', timeZone: '' } },
      /workingHours/,
    ],
  ])('refuses a file with %s, with a clear message, and loses nothing', async (_what, setting, message) => {
    const db = await ledgerWithItems();
    const before = await exportLedger(db, NOW);
    const attempt = importLedger(db, JSON.stringify(await craftedFile([setting])));
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/nothing was imported/);
    expect(await exportLedger(db, NOW)).toEqual(before);
  });

  it('stores what settings.update would store: a client id with surrounding spaces is trimmed', async () => {
    const db = await freshLedger();
    await importLedger(
      db,
      await craftedFile([{ key: 'googleClientId', value: '  123-abc.apps.googleusercontent.com ' }]),
    );
    expect((await db.get('settings', 'googleClientId'))?.value).toBe('123-abc.apps.googleusercontent.com');
  });

  it('refuses a file that names the same setting twice', async () => {
    const db = await freshLedger();
    const file = await craftedFile([
      { key: 'timeZone', value: 'Europe/Paris' },
      { key: 'timeZone', value: 'Asia/Tokyo' },
    ]);
    await expect(importLedger(db, file)).rejects.toThrow(/setting timeZone appears twice/);
  });
});

describe('reading settings that were stored damaged', () => {
  it('uses the default for each value that fails its schema, and says which', async () => {
    const db = await freshLedger();
    await writeSettings(db, { timeZone: 'Europe/Paris' });
    // As an import by an older Accord (no schema) could have left them:
    await db.put('settings', { key: 'ownEmails', value: 'x' });
    await db.put('settings', { key: 'googleClientId', value: 'a b&redirect_uri=https://evil.example' });
    await db.put('settings', { key: 'someOldKey', value: 42 });

    const view = await readSettingsView(db);
    expect(view.ownEmails).toEqual([]);
    expect(view.googleClientId).toBe('');
    expect(view.timeZone).toBe('Europe/Paris');
    expect(view).not.toHaveProperty('someOldKey');
    expect(view.unreadable).toHaveLength(2);
    expect(view.unreadable.join('\n')).toMatch(/Your other addresses: the stored value is not valid/);
    expect(view.unreadable.join('\n')).toMatch(/Google OAuth client id/);

    // The worker's own use no longer throws "ownEmails.map is not a function".
    const settings = await readSettings(db);
    expect(() => identityFrom('me@studio.io', settings)).not.toThrow();
    expect(settings).not.toHaveProperty('unreadable');
  });

  it('stops reporting a value once the user saves a valid one', async () => {
    const db = await freshLedger();
    await db.put('settings', { key: 'ownEmails', value: 'x' });
    const view = await writeSettings(db, { ownEmails: ['me@studio.io'] });
    expect(view.unreadable).toEqual([]);
    expect(view.ownEmails).toEqual(['me@studio.io']);
  });
});
