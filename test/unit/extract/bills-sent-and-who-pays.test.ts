/**
 * Bills the writer sends, and who pays them (issue 9, the small hours of 6 December 2026): a pro
 * forma ("PI") or a payment link sent is paid by the reader, as an invoice is; what the writer
 * sends with terms on it ("I'll send it once we go live, payable within 14 days") is a bill; and a
 * buyer's "Our invoices go through Coupa" is how it handles the bills it gets, not a bill of its
 * own. Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, brief, itemsOf, message, thread } from './helpers';

describe('a bill the writer sends is paid by the reader', () => {
  it.each([
    ["We'll send the PI tomorrow, and the swatches went out on Friday.", '2026-03-03'],
    ["I'll send the payment link on 9 March.", '2026-03-09'],
  ])('"%s" is a payment the reader owes (due %s)', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['payment', 'client', due]]);
  });

  it('"Balance: €2,400 – I\'ll send it after the handover, payable within 10 days" is the reader\'s to pay', () => {
    const [item] = itemsOf("Balance: €2,400 – I'll send it after the handover, payable within 10 days.", US);
    expect(item).toMatchObject({
      kind: 'payment',
      owner: 'client',
      amount: { value: 2400, currency: 'EUR' },
    });
  });

  it('"I\'ll wire the deposit today, payable to your Barclays account" is still the writer paying', () => {
    expect(itemsOf("I'll wire the deposit today, payable to your Barclays account.", US).map(brief)).toEqual([
      ['payment', 'us', '2026-03-02'],
    ]);
  });
});

describe("a buyer's own invoice handling names no bill of its own", () => {
  it('"Our invoices go through Coupa" leaves the supplier as the one who bills', () => {
    const t = thread([
      message('What is your hourly rate for the audit?', { from: CLIENT, to: [US] }),
      message('My hourly rate is $140, invoiced monthly, payment within 30 days.', {
        from: US,
        to: [CLIENT],
        id: 'm2',
        sentAt: '2026-03-03T10:00:00-05:00',
      }),
      message(
        'Great, please go ahead. Our invoices go through Coupa, so you will need to register as a supplier.',
        {
          from: CLIENT,
          to: [US],
          id: 'm3',
          sentAt: '2026-03-04T10:00:00-05:00',
        },
      ),
    ]);
    const rate = extractThread(t).expectations.find((e) => e.messageId === 'm2');
    expect(rate).toMatchObject({ kind: 'payment', owner: 'client', amount: { value: 140, currency: 'USD' } });
  });
});

describe("how the writer's side pays binds the writer, ask beside it or not", () => {
  it.each([
    'Our finance team pays within 21 days of invoice, just make sure the order number is on it.',
    "We pay freelancers within 30 days of an approved invoice - please confirm that's workable.",
  ])('"%s" is the writer’s payment', (text) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['payment', 'client', null]]);
  });

  it('a dated ask beside the terms stays the ask', () => {
    expect(
      itemsOf('Kindly send your invoice by 13 March, we always pay within 14 days.', CLIENT).map(brief),
    ).toEqual([
      ['request', 'us', '2026-03-13'],
      ['payment', 'client', null],
    ]);
  });
});

describe('a charge billed at a rate is a payment', () => {
  it.each([
    ['Site photography is billed hourly at $120.', { value: 120, currency: 'USD' }],
    ['Import duty is invoiced separately at the current rate.', null],
  ])('"%s" is a payment the reader owes', (text, amount) => {
    expect(itemsOf(text, US)).toMatchObject([{ kind: 'payment', owner: 'client', due: null, amount }]);
  });

  it('"The stems will be in the Dropbox on Monday" is the writer\'s hand-over', () => {
    expect(itemsOf('The stems will be in the Dropbox on Monday.', US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-09'],
    ]);
  });
});
