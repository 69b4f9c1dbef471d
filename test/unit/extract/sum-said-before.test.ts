/**
 * A payment said without its sum pays the one sum said earlier in its sentence (issue 9, eighth
 * round of 7 December 2026): "The factura … ($8,400 MXN) is attached; please pay within 10
 * business days" owes the $8,400, though the bill is named in a word the rules do not know. A part
 * of a sum, a rate, a limit or two sums give it none. Every line was written for this file. Sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { itemsOf } from './helpers';

const paymentsOf = (text: string) => itemsOf(text).filter((e) => e.kind === 'payment');

describe('a payment takes the one sum said before it in its sentence', () => {
  const cases: [string, { value: number; currency: string }][] = [
    [
      'The factura for the first half ($8,400 MXN) is attached; please pay within 10 business days.',
      { value: 8400, currency: 'MXN' },
    ],
    ["I've received your bill for £2,310; we'll pay it on Thursday.", { value: 2310, currency: 'GBP' }],
    [
      'Parking receipt for $45 attached, please reimburse with the next invoice.',
      { value: 45, currency: 'USD' },
    ],
  ];
  // A loop, not it.each: its titles would read "$45" as a placeholder.
  for (const [text, amount] of cases)
    it(`"${text}" owes ${amount.value} ${amount.currency}`, () => {
      const payments = paymentsOf(text);
      expect(payments).toHaveLength(1);
      expect(payments[0]!.amount).toEqual(amount);
    });
});

describe('no sum is taken when the sentence does not give the one it pays', () => {
  it('a rate is not a bill: "Travel is billed at $0.70 per mile; please pay within 14 days"', () => {
    const payments = paymentsOf('Travel is billed at $0.70 per mile; please pay within 14 days.');
    expect(payments.every((e) => e.text.startsWith('Travel') || e.amount === null)).toBe(true);
  });

  it('a limit is not a bill: "Anything over $5,000 needs sign-off, so please pay within 30 days"', () => {
    const [payment] = paymentsOf('Anything over $5,000 needs sign-off, so please pay within 30 days.');
    expect(payment?.amount).toBeNull();
  });

  it('two sums give none: "The rent is $900 and the bond $1,800, so please pay within 7 days"', () => {
    const late = paymentsOf('The rent is $900 and the bond $1,800, so please pay within 7 days.').filter(
      (e) => e.text.startsWith('please'),
    );
    expect(late.every((e) => e.amount === null)).toBe(true);
  });

  it('a part of the sum is not the sum: "The total came to €3,200; please pay the rest by Friday"', () => {
    const late = paymentsOf('The total came to €3,200; please pay the rest by Friday.').filter((e) =>
      e.text.startsWith('please'),
    );
    expect(late.every((e) => e.amount === null)).toBe(true);
  });
});
