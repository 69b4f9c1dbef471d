import { fakeBrowser } from 'wxt/testing';
import { createRouter } from '../../../src/messaging/router';
import { createHandlers } from '../../../src/worker/handlers';
import { LEDGER_REVISION_KEY } from '../../../src/worker/changes';
import { DEFAULT_CLIENT_FILTERS } from '../../../src/ledger';
import { NOW, suggestion, thread } from '../ledger/fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const gmailTab = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/t1', tab: { id: 1 } };
const dashboard = { id: EXTENSION_ID, url: `${ORIGIN}/dashboard.html` };
const route = createRouter(
  createHandlers(() => NOW),
  { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN },
);
type Reply = { ok: boolean; data?: never; error?: string };
const send = (type: string, payload: unknown, sender: object = dashboard) =>
  route({ accord: 1, type, payload }, sender) as Promise<Reply>;

let n = 0;
async function accept(domain: string, due: string) {
  const messageId = `m-${++n}`;
  const reply = await send(
    'suggestions.accept',
    {
      clientKey: `domain:${domain}`,
      clientName: domain,
      thread,
      suggestions: [suggestion({ messageId, due })],
      sentAt: { [messageId]: '2026-03-01T09:00:00Z' },
    },
    gmailTab,
  );
  return reply.data as unknown as { client: { id: string }; items: { id: string }[] };
}

beforeEach(() => fakeBrowser.reset());

describe('the dashboard’s messages', () => {
  it('refuses every dashboard message from a mail page', async () => {
    for (const [type, payload] of [
      ['dashboard.clients', { filters: DEFAULT_CLIENT_FILTERS, offset: 0, limit: 10 }],
      ['client.merge', { fromId: 'a', intoId: 'b' }],
      ['item.move', { id: 'a', clientId: 'b' }],
    ] as const) {
      expect(await send(type, payload, gmailTab)).toEqual({
        ok: false,
        error: 'This sender may not send that message.',
      });
    }
  });

  it('refuses malformed filters and paging with the path of the problem', async () => {
    const reply = await send('dashboard.clients', {
      filters: { ...DEFAULT_CLIENT_FILTERS, due: 'someday' },
      offset: 0,
      limit: 10,
    });
    expect(reply.error).toBe('Invalid dashboard.clients message at filters.due.');
    expect((await send('dashboard.due', { section: 'overdue', days: 7, limit: 0 })).error).toContain('limit');
  });

  it('answers Today’s pages in the user’s day, with client names', async () => {
    await send('settings.update', { timeZone: 'Pacific/Kiritimati' }); // 2026-03-03 there at NOW
    const { client } = await accept('late.example', '2026-03-02');
    await accept('soon.example', '2026-03-05');
    const overdue = (await send('dashboard.due', { section: 'overdue', days: 7, limit: 50 }))
      .data as unknown as {
      today: string;
      entries: { clientName: string; item: { clientId: string } }[];
    };
    expect(overdue.today).toBe('2026-03-03');
    expect(overdue.entries).toHaveLength(1);
    const count = await send('dashboard.dueCount', { section: 'overdue', days: 7 });
    expect(count.data).toMatchObject({ total: 1, capped: false });
    expect(overdue.entries[0]).toMatchObject({ clientName: 'late.example', item: { clientId: client.id } });
  });

  it('merges, moves and marks extra, announcing each change', async () => {
    const a = await accept('a.example', '2026-03-05');
    const b = await accept('b.example', '2026-03-06');
    await fakeBrowser.storage.local.remove(LEDGER_REVISION_KEY);
    const moved = await send('item.move', { id: a.items[0]!.id, clientId: b.client.id, why: 'wrong client' });
    expect(moved.data).toMatchObject({ clientId: b.client.id });
    expect(await fakeBrowser.storage.local.get(LEDGER_REVISION_KEY)).toHaveProperty(LEDGER_REVISION_KEY);
    expect((await send('client.merge', { fromId: a.client.id, intoId: b.client.id })).data).toMatchObject({
      movedItems: 0,
    });
    const detail = (await send('client.detail', { clientId: b.client.id })).data as unknown as {
      items: unknown[];
      client: { domains: string[] };
    };
    expect(detail.items).toHaveLength(2);
    expect(detail.client.domains).toEqual(['b.example', 'a.example']);
    const list = (await send('dashboard.clients', { filters: DEFAULT_CLIENT_FILTERS, offset: 0, limit: 10 }))
      .data as unknown as {
      clients: { client: { id: string }; open: number }[];
      overall: { us: { open: number } };
    };
    // The worker's ledger is shared by every test in this file: look for these two clients only.
    const ids = list.clients.map((c) => c.client.id);
    expect(ids).toContain(b.client.id);
    expect(ids).not.toContain(a.client.id);
    expect(list.overall.us.open).toBeGreaterThanOrEqual(2);
    const extra = await send('item.setExtra', { id: a.items[0]!.id, extra: true });
    expect(extra.data).toMatchObject({ extra: true });
  });
});
