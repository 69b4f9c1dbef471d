/**
 * A sum that is itself what falls due, with no payment noun beside it (issue 9, 4 December 2026,
 * night). Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, itemsOf } from './helpers';

describe('a sum that falls due is a payment by the side that does not bill', () => {
  it.each([
    ['The last AUD 4,200 is due on handover.', 4200, 'AUD'],
    ['The second EUR 1.150 will be due on 1 July.', 1150, 'EUR'],
    ['The remaining £900 is payable now.', 900, 'GBP'],
    ['The final ₹5 lakh is due on completion.', 500000, 'INR'],
  ])('"%s"', (sentence, value, currency) => {
    const found = itemsOf(sentence, US);
    expect(found.map((e) => [e.kind, e.owner, e.amount])).toEqual([
      ['payment', 'client', { value, currency }],
    ]);
  });

  it('but a sum that is not owed is not a payment', () => {
    expect(itemsOf('Last year $4,200 was spent on printing.', CLIENT)).toEqual([]);
  });

  it('nor is a numbered piece of work that falls due', () => {
    expect(itemsOf('Report 3 is due on Friday (budget $1,500).', US).map((e) => e.kind)).toEqual([
      'deliverable',
    ]);
  });
});
