/**
 * A payment the writer has just made is a delivery, not a new item (issue 9, the night of
 * 6 December 2026): "I've just paid the deposit by bank transfer" owes nothing more, and its
 * "by bank transfer" is how the money moved, not a deadline. A balance still due beside it stays
 * an item. Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, brief, itemsOf, message, thread } from './helpers';

describe('a payment just made is no new item', () => {
  it.each([
    "I've just paid the retainer of £2,150 by bank transfer (ref NW-0412).",
    "We've just sent the CAD 640 deposit by Interac e-transfer.",
    'The bank transfer for the £480 deposit just went through.',
    'We have wired the first instalment of €3,200 by SWIFT.',
  ])('"%s" suggests nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });

  it('is still a delivery signal', () => {
    const result = extractThread(
      thread([message("I've just paid the retainer of $2,150 by bank transfer.")]),
    );
    expect(result.signals.map((s) => s.type)).toContain('delivery');
  });
});

describe('what is still owed beside it stays an item', () => {
  it('"… by card, and the balance is due on Friday" keeps the balance', () => {
    expect(
      itemsOf("We've just paid the deposit by card, and the balance is due on Friday.", CLIENT).map(brief),
    ).toEqual([['payment', 'client', '2026-03-06']]);
  });

  it('"I\'ve sent the invoice for $500" is a bill the reader pays, not money moved', () => {
    expect(itemsOf("I've sent the invoice for $500.", US).map(brief)).toEqual([['payment', 'client', null]]);
  });

  it('"I\'ll pay the deposit by bank transfer by Friday" is a promise to pay', () => {
    expect(itemsOf("I'll pay the deposit by bank transfer by Friday.", CLIENT).map(brief)).toEqual([
      ['payment', 'client', '2026-03-06'],
    ]);
  });
});
