/**
 * Who bills, said by presenting the bill (issue 9, the night of 6 December 2026): "As promised,
 * here is our proposal" and "here's the quote" are the writer's bill, as "quote attached" is, so
 * a buyer's restated total later in the thread does not turn the quoted lines round; and mailing
 * or posting the deposit is paying it, as wiring it is. Every line was written for this file.
 * Sent from Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, brief, itemsOf, message, thread } from './helpers';

const proposal = [
  'Dear Dana,',
  '',
  'Thank you for the walk round the garden on Monday. As promised, here is our proposal.',
  '',
  'Scope:',
  '1. Prune and shape the six espalier pears: $1,800',
  '2. Rebuild the north border with new edging: $2,450',
  'Total: $4,250',
  '',
  'Sam',
].join('\n');

describe('a proposal presented bills its writer', () => {
  it("keeps the quoted lines the buyer's to pay after the buyer restates the total", () => {
    const result = extractThread(
      thread([
        message(proposal, { id: 'c1', from: CLIENT }),
        message('Thanks Sam, the committee approved it, minus item 2. That brings it to $1,800.', {
          id: 'u1',
          from: US,
          sentAt: '2026-03-04T10:00:00-05:00',
        }),
      ]),
    );
    const quoted = result.expectations.filter((e) => e.messageId === 'c1' && e.kind === 'payment');
    expect(quoted.map((e) => e.owner)).toEqual(['us', 'us', 'us']);
  });
});

describe('mailing the deposit is paying it', () => {
  it.each([
    'I will mail the 30% deposit (USD 1,275) this week.',
    "We'll post the cheque for the balance (GBP 640) on Friday.",
  ])('"%s" from the buyer is the buyer\'s payment', (text) => {
    expect(itemsOf(text, US).map(brief)[0]?.slice(0, 2)).toEqual(['payment', 'us']);
  });
});
