/**
 * A client ledger that exercises the panel's groups, seeded relative to the browser's own
 * day (the tests run on any date): something overdue on each side, due today, due this week,
 * later, and settled items (done early, on time, late; missed; cancelled) for "Closed (N)"
 * and the track record. Agreed on the reply-compose fixture's thread, so a follow-up can be
 * drafted into its reply.
 */
import type { Page } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { addDays } from '../../src/ledger/fields';
import type { ExtensionBrowser } from './browser';
import { seedLedger } from './ledgerSeed';

/** reply-compose.html: the thread's legacy id and its message's id, as the adapter reads them. */
export const COMPOSE_THREAD_ID = '1933e84ed29c65c1';
export const COMPOSE_MESSAGE_ID = BigInt('1816050499999000001').toString(16);
export const DEPOSIT_QUOTE = 'We will pay the deposit of $5,000 by Dec 1.';
export const PROPOSAL_QUOTE = "You'll send the revised proposal by Friday.";

const created = '2026-01-05T10:00:00.000Z';
const acme: Client = {
  id: 'client-acme',
  name: 'Acme',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: created,
  updatedAt: created,
};

/** The browser's local day, as the panel counts it. */
export function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

export async function seedPanelLedger(browser: ExtensionBrowser, today: string, composeHash: string) {
  const day = (offset: number) => addDays(today, offset);
  const item = (overrides: Partial<LedgerItem> & { id: string; text: string }): LedgerItem => ({
    clientId: acme.id,
    kind: 'deliverable',
    owner: 'us',
    due: null,
    amount: null,
    status: 'confirmed',
    source: null,
    createdAt: created,
    updatedAt: created,
    history: [],
    ...overrides,
  });
  const items = [
    item({
      id: 'deposit',
      owner: 'client',
      kind: 'payment',
      text: 'Pay the deposit',
      amount: { value: 5000, currency: 'USD' },
      due: day(-1),
      source: {
        host: 'gmail',
        threadId: COMPOSE_THREAD_ID,
        threadUrl: `https://mail.google.com/mail/u/0/#${composeHash}`,
        messageId: COMPOSE_MESSAGE_ID,
        quote: DEPOSIT_QUOTE,
        start: 0,
        end: DEPOSIT_QUOTE.length,
        sentAt: '2026-11-17T14:15:00.000Z',
      },
    }),
    item({ id: 'proposal', text: 'Send the revised proposal', due: day(-3) }),
    item({ id: 'notes', text: 'Share the kick-off notes', due: day(0), status: 'proposed' }),
    item({ id: 'brief', owner: 'client', text: 'Send the product brief', due: day(4) }),
    item({ id: 'launch', text: 'Launch plan', due: day(30) }),
    item({
      id: 'moodboard',
      text: 'Moodboard',
      status: 'done',
      due: day(-20),
      doneOn: day(-22),
      updatedAt: '2026-01-06T10:00:00.000Z',
    }),
    item({ id: 'audit', text: 'Brand audit', status: 'done', due: day(-15), doneOn: day(-15) }),
    item({ id: 'personas', text: 'Personas', status: 'done', due: day(-12), doneOn: day(-10) }),
    item({
      id: 'logo-files',
      owner: 'client',
      text: 'Send the logo files',
      status: 'done',
      due: day(-9),
      doneOn: day(-9),
    }),
    item({ id: 'feedback', owner: 'client', text: 'Feedback on round 1', status: 'missed', due: day(-8) }),
    // Done, undated (not judged by the track record), quoted in the open thread: its chip
    // leads into the folded Closed group.
    item({
      id: 'proposal-v1',
      text: 'First revised proposal',
      status: 'done',
      doneOn: day(-2),
      source: {
        host: 'gmail',
        threadId: COMPOSE_THREAD_ID,
        threadUrl: `https://mail.google.com/mail/u/0/#${composeHash}`,
        messageId: COMPOSE_MESSAGE_ID,
        quote: PROPOSAL_QUOTE,
        start: 0,
        end: PROPOSAL_QUOTE.length,
        sentAt: '2026-11-17T14:15:00.000Z',
      },
    }),
    item({
      id: 'workshop',
      owner: 'client',
      kind: 'meeting',
      text: 'Workshop in person',
      status: 'cancelled',
      due: day(-5),
    }),
  ];
  await seedLedger(browser, [acme], items);
  return { items, day };
}
