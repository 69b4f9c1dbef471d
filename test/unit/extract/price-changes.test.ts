/**
 * A price restated or changed is a price (issue 9, 5 December 2026, midday): "That brings the
 * monthly fee to AUD 1,663.60", "Terry reduced to $0.91/lb", "Contract sum remains HK$8,960,000".
 * Every sentence was written for this file. Sent Monday 2 March 2026 by the supplier (the user).
 */
import { describe, expect, it } from 'vitest';
import { itemsOf, US } from './helpers';

const priced = (text: string) => itemsOf(text, US).map((e) => [e.kind, e.owner, e.amount?.value]);

describe('a price restated or changed', () => {
  it.each([
    ['That brings the quarterly fee to NZD 2,140.00.', 2140],
    ['Walnut is a $380 upcharge over oak.', 380],
    ['Contract sum remains €1,240,000 for both buildings.', 1240000],
    ['Pine boards reduced to $4.20/ft.', 4.2],
    ['The hosting line becomes USD 95.', 95],
  ])('"%s" is a payment the client owes', (text, value) => {
    expect(priced(text)).toEqual([['payment', 'client', value]]);
  });

  it.each(['Our budget remains $40,000.', 'Revenue goes up to $2m next year.'])(
    '"%s" is a figure, not a price',
    (text) => {
      expect(priced(text)).toEqual([]);
    },
  );
});
