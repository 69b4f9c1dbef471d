/** A small book of business for the dashboard's end-to-end tests, dated around today. */
import type { Client, LedgerItem } from '../../src/core';

const STAMP = '2026-01-05T10:00:00.000Z';

/** `YYYY-MM-DD`, `offset` days from today (UTC; every seeded date keeps a day's margin). */
export function dayFromToday(offset: number): string {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const client = (id: string, name: string, domain: string, notes = ''): Client => ({
  id,
  name,
  domains: [domain],
  addresses: [],
  notes,
  createdAt: STAMP,
  updatedAt: STAMP,
});

let n = 0;
function item(clientId: string, text: string, over: Partial<LedgerItem>): LedgerItem {
  const id = `seed-${++n}`;
  return {
    id,
    clientId,
    kind: 'deliverable',
    owner: 'us',
    text,
    due: null,
    amount: null,
    status: 'confirmed',
    source: {
      host: 'gmail',
      threadId: `thread-${clientId}`,
      threadUrl: `https://mail.google.com/mail/u/0/#inbox/thread-${clientId}`,
      messageId: `message-${id}`,
      quote: text,
      start: 0,
      end: text.length,
      sentAt: STAMP,
    },
    createdAt: STAMP,
    updatedAt: STAMP,
    history: [{ at: STAMP, by: 'user', action: 'accepted' }],
    ...over,
  };
}

export const SEED_CLIENTS: Client[] = [
  client('acme', 'Acme Corp', 'acme.example', 'Renewal talk in spring.'),
  client('globex', 'Globex', 'globex.example'),
  client('initech', 'Initech', 'initech.example'),
  client('acme-jo', 'Acme (Jo)', 'acme-jo.example'),
];

export const SEED_ITEMS: LedgerItem[] = [
  item('acme', 'Send the revised proposal with the French version', { due: dayFromToday(-3) }),
  item('acme', 'Pay the first instalment', {
    owner: 'client',
    kind: 'payment',
    due: dayFromToday(-5),
    amount: { value: 12500, currency: 'USD' },
  }),
  item('acme', 'Share the brand guidelines', { owner: 'client', due: dayFromToday(2), status: 'proposed' }),
  item('acme', 'Kick-off deck', {
    due: dayFromToday(-40),
    status: 'done',
    doneOn: dayFromToday(-42),
    extra: true,
  }),
  item('acme', 'Workshop notes', { due: dayFromToday(-30), status: 'done', doneOn: dayFromToday(-27) }),
  item('acme', 'Signed statement of work', { owner: 'client', due: dayFromToday(-60), status: 'missed' }),
  item('globex', 'Weekly status report', { due: dayFromToday(1), kind: 'standard' }),
  item('globex', 'Approve the homepage design', { owner: 'client', due: dayFromToday(5), kind: 'request' }),
  item('globex', 'Launch plan', { due: dayFromToday(-20), status: 'done', doneOn: dayFromToday(-20) }),
  item('initech', 'Quarterly invoice', {
    owner: 'client',
    kind: 'payment',
    due: dayFromToday(20),
    amount: { value: 4000, currency: 'EUR' },
  }),
  item('acme-jo', 'Call notes from Jo', { due: dayFromToday(4), source: null }),
];
