/**
 * Who bills, from the words buyers use (issue 9, 5 December 2026, morning): "our budget" is a
 * buyer's, "your budget" a seller's, and "your lump-sum price" the reader's price. Weak evidence,
 * like a price stated. Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { billingIn } from '../../../src/extract/payee';
import { CLIENT, US, message, thread } from './helpers';

const WRITER_IS_US = { writer: 'us', reader: 'client' } as const;

describe('words of budgets and prices', () => {
  it.each([
    "We're carrying USD 48,000 in our budget for the fit-out.",
    'Please send your lump-sum price and a breakdown by unit.',
    'My budget for the whole shoot is about €6,000.',
  ])('"%s" shows the reader billing', (text) => {
    expect(billingIn(text, WRITER_IS_US)).toEqual({ side: 'client', strong: false });
  });

  it.each([
    'I attach our budget for the new loading dock, as discussed on site.',
    'Here is my revised budget: two days of survey and one of reporting.',
    'Our proposed budget is attached for your review.',
  ])('a budget the writer sends is no sign of the writer buying: "%s"', (text) => {
    expect(billingIn(text, WRITER_IS_US)?.side).not.toBe('client');
  });

  it("terms said of the writer's own charges show the writer billing, unlike terms alone", () => {
    expect(billingIn('Our handling fees are net 30 for account customers.', WRITER_IS_US)).toEqual({
      side: 'us',
      strong: false,
    });
    expect(billingIn("We're on net 30 with all our suppliers.", WRITER_IS_US)).toEqual({
      side: 'client',
      strong: false,
    });
  });

  it('a supplier who attaches "our budget" with priced lines is paid by its reader', () => {
    const input = thread([
      message(
        'Dear Ana,\n\nAs agreed, I attach our budget for the cold room, with this summary:\n\n- Panels and doors, installed: €14.200,00\n- Refrigeration unit: €6.900,00\n\nTotal: €21.100,00',
        { id: 'm1', from: CLIENT },
      ),
    ]);
    const priced = extractThread(input).expectations.filter((e) => e.kind === 'payment');
    expect(priced.length).toBe(3);
    expect(priced.every((e) => e.owner === 'us')).toBe(true);
  });

  it('"your budget" shows the writer billing', () => {
    expect(billingIn('We can keep it within your budget of £9,000.', WRITER_IS_US)).toEqual({
      side: 'us',
      strong: false,
    });
  });

  it('a buyer who restates the price still pays the quote', () => {
    const input = thread([
      message('Hi Sam, could you send your lump-sum price for the two lifts?', { id: 'm1', from: US }),
      message(
        'Our pricing:\n\nPassenger lift, 8 stops: $212,000\nService lift: $98,500\nLump sum: $310,500',
        {
          id: 'm2',
          from: CLIENT,
          sentAt: '2026-03-03T10:00:00-05:00',
        },
      ),
      message(
        "On price: we're carrying $290,000 in our budget. Could you sharpen your pencil to $300,000 + tax?",
        {
          id: 'm3',
          from: US,
          sentAt: '2026-03-04T10:00:00-05:00',
        },
      ),
      message('Agreed at $300,000 + tax including the first year of maintenance.', {
        id: 'm4',
        from: US,
        sentAt: '2026-03-05T10:00:00-05:00',
      }),
    ]);
    const quoted = extractThread(input).expectations.filter((e) => e.messageId === 'm2');
    expect(quoted.map((e) => [e.kind, e.owner])).toEqual([
      ['payment', 'us'],
      ['payment', 'us'],
      ['payment', 'us'],
    ]);
  });
});

describe('a buyer who mentions the bill to come', () => {
  it('does not turn the seller into the payer', () => {
    const input = thread([
      message('Hi Sam, the price for 2,000 brochures is $4,800.', { id: 'm1', from: US }),
      message('Approved. I assume the invoice will follow with the goods.', {
        id: 'm2',
        from: CLIENT,
        sentAt: '2026-03-03T10:00:00-05:00',
      }),
      message('Correct. The balance is due within 30 days.', {
        id: 'm3',
        from: US,
        sentAt: '2026-03-04T10:00:00-05:00',
      }),
    ]);
    const payments = extractThread(input).expectations.filter((e) => e.kind === 'payment');
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((e) => e.owner === 'client')).toBe(true);
  });
});

// Fifth round of 7 December 2026: a buyer who accepts the price ("the price is fine") had been
// read as stating a price of its own, and tied the thread's evidence against the seller's quote.
describe('a buyer who accepts the price', () => {
  it.each([
    'Thanks, the price is fine, and Saturday 22 August works for us.',
    'The rates are acceptable.',
    'Good news: the quote is approved.',
    'The quote looks good to us.',
  ])('"%s" shows the reader billing', (text) => {
    expect(billingIn(text, WRITER_IS_US)).toEqual({ side: 'client', strong: false });
  });

  it("leaves the seller's quoted lines on the user who buys", () => {
    const input = thread([
      message('Hi Sam, could you give us a price for re-marking the car park?', { id: 'm1', from: US }),
      message('Our price:\n\nStandard bays, 186 pcs.: $2,790.00\nTotal: $2,790.00\n\nPayment 14 days net.', {
        id: 'm2',
        from: CLIENT,
        sentAt: '2026-03-03T10:00:00-05:00',
      }),
      message('Thanks, the price is fine, and Saturday works for us.', {
        id: 'm3',
        from: US,
        sentAt: '2026-03-04T10:00:00-05:00',
      }),
    ]);
    const payments = extractThread(input).expectations.filter((e) => e.kind === 'payment');
    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((e) => e.owner === 'us')).toBe(true);
  });
});
