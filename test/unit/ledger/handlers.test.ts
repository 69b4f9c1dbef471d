import { fakeBrowser } from 'wxt/testing';
import { createRouter } from '../../../src/messaging/router';
import { createHandlers } from '../../../src/worker/handlers';
import { LEDGER_REVISION_KEY } from '../../../src/worker/changes';
import { NOW, suggestion, thread } from './fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const gmailTab = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/t1', tab: { id: 1 } };
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

const route = createRouter(
  createHandlers(() => NOW),
  { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN },
);
const send = (type: string, payload: unknown, sender: object = gmailTab) =>
  route({ accord: 1, type, payload }, sender) as Promise<{ ok: boolean; data?: never; error?: string }>;

let n = 0;
function acceptPayload(overrides: Record<string, unknown> = {}) {
  return {
    clientKey: `domain:client${++n}.example`,
    clientName: 'Client',
    thread,
    suggestions: [suggestion({ messageId: `msg${n}` })],
    sentAt: { [`msg${n}`]: '2026-03-02T09:15:00-05:00' },
    ...overrides,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('the ledger’s messages', () => {
  it('accepts suggestions from the sidebar, returns the items and announces the change', async () => {
    const reply = await send('suggestions.accept', acceptPayload());
    expect(reply.ok).toBe(true);
    expect(reply.data).toMatchObject({ items: [{ status: 'proposed' }] });
    expect(await fakeBrowser.storage.local.get(LEDGER_REVISION_KEY)).toHaveProperty(LEDGER_REVISION_KEY);
  });

  it.each([
    ['an unknown field', { sneaky: true }, 'Invalid suggestions.accept message at sneaky.'],
    ['an empty list', { suggestions: [] }, 'Invalid suggestions.accept message at suggestions.'],
    ['a made-up kind', { suggestions: [{ ...suggestion(), kind: 'bribe' }] }, 'at suggestions.0.kind'],
    [
      'a date that is not a day',
      { suggestions: [{ ...suggestion(), due: 'Friday' }] },
      'at suggestions.0.due',
    ],
    [
      'a currency in lower case',
      { suggestions: [{ ...suggestion(), amount: { value: 1, currency: 'usd' } }] },
      'amount.currency',
    ],
    ['a negative offset', { suggestions: [{ ...suggestion(), start: -1 }] }, 'at suggestions.0.start'],
    [
      'a thread link that is not a URL',
      { thread: { ...thread, url: 'javascript alert(1)' } },
      'at thread.url',
    ],
  ])('refuses an accept with %s before touching the ledger', async (_label, change, error) => {
    const reply = await send('suggestions.accept', acceptPayload(change));
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain(error);
    expect(await fakeBrowser.storage.local.get(LEDGER_REVISION_KEY)).toEqual({});
  });

  it('runs an item through edit, renegotiate and done, and explains an invalid step plainly', async () => {
    const accepted = await send('suggestions.accept', acceptPayload());
    const id = (accepted.data as unknown as { items: { id: string }[] }).items[0]!.id;
    expect((await send('item.edit', { id, edits: { text: 'Proposal v2', dueTime: '15:00' } })).ok).toBe(true);
    expect((await send('item.renegotiate', { id, due: '2026-03-27', why: 'pushed' })).ok).toBe(true);
    const done = await send('item.markDone', { id, doneOn: '2026-03-26' });
    expect(done.data).toMatchObject({ status: 'done', doneOn: '2026-03-26' });
    expect(await send('item.setStatus', { id, status: 'missed' })).toEqual({
      ok: false,
      error: 'An item that is done cannot be marked missed.',
    });
    expect((await send('item.setStatus', { id, status: 'renegotiated' })).error).toContain('at status');
  });

  it('records a dismissal, and lists items due soon with their client’s name', async () => {
    expect(
      (
        await send('suggestion.dismiss', {
          threadId: 't1',
          suggestion: { messageId: 'm1', text: 'x', start: 0 },
        })
      ).ok,
    ).toBe(true);
    await send('suggestions.accept', acceptPayload({ clientName: 'Due Soon Ltd' }));
    const due = await send('items.dueSoon', { days: 7, today: '2026-03-02' });
    expect(due.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ clientName: 'Due Soon Ltd' })]),
    );
    expect((await send('items.dueSoon', { days: 7000, today: '2026-03-02' })).ok).toBe(false);
  });

  it('exports and imports the whole ledger only from Accord’s own pages', async () => {
    expect(await send('ledger.export', {})).toEqual({
      ok: false,
      error: 'This sender may not send that message.',
    });
    expect((await send('ledger.import', { json: '{}' })).ok).toBe(false);
    const exported = await send('ledger.export', {}, optionsPage);
    expect(exported.data).toMatchObject({ format: 'accord-ledger' });
    const imported = await send('ledger.import', { json: JSON.stringify(exported.data) }, optionsPage);
    expect(imported.data).toMatchObject({ items: { added: 0 } });
    const damaged = await send('ledger.import', { json: '{"format":"accord-ledger"' }, optionsPage);
    expect(damaged.error).toMatch(/not valid JSON/);
    const csv = await send('ledger.exportCsv', {}, optionsPage);
    expect(csv.data).toMatchObject({ filename: 'accord-ledger-2026-03-02.csv' });
  });

  it('remembers the sidebar’s Hide for the content script, which may change nothing else', async () => {
    expect((await send('sidebar.setCollapsed', { collapsed: true })).ok).toBe(true);
    expect((await send('settings.get', {})).data).toMatchObject({ sidebarCollapsed: true });
    expect((await send('sidebar.setCollapsed', { collapsed: 'yes' })).ok).toBe(false);
    expect((await send('settings.update', { sidebarCollapsed: false })).ok).toBe(false);
  });
});
