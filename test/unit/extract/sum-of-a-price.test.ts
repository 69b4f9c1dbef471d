/**
 * The sum a price makes is that price's item (issue 9, the night of 6 December 2026): "Chair hire
 * is CHF 18 per chair per day, so 40 chairs for two days comes to CHF 1,440" is one payment, at the
 * price first named, as the annotation guide reads it. A first sum that only adds to or takes from
 * a total (a credit, a discount, an extra) stays apart from the total, and a sum after "so" that
 * owes on its own terms stays an item of its own. Every line was written for this file. Sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, itemsOf } from './helpers';

const sums = (text: string) => itemsOf(text, US).map((e) => [e.kind, e.amount?.value ?? null]);

describe('a price and the total it makes are one item', () => {
  it.each([
    ['Chair hire is CHF 18 per chair per day, so 40 chairs for two days comes to CHF 1,440.', 18],
    ['Seats stay at €145 per user per month, so the monthly fee comes to €5,510.', 145],
    ['The revised estimate is £28,600, so the deposit is £14,300.', 28600],
    ['Hire is €60 per kayak per week, so 6 kayaks for three weeks comes to €1,080.', 60],
  ])('"%s" is one payment of %s', (text, value) => {
    expect(sums(text)).toEqual([['payment', value]]);
  });
});

describe('a sum that only changes the total stays apart from it', () => {
  it('"We can give you a €300 discount, so the new total is €9,700" keeps the total as an item', () => {
    expect(sums('We can give you a €300 discount, so the new total is €9,700.').map(([, v]) => v)).toContain(
      9700,
    );
  });

  it('"… per room, so we\'ll invoice €480 on Friday" keeps the bill as an item of its own', () => {
    expect(sums("Cleaning is €40 per room, so we'll invoice €480 on Friday.")).toEqual([
      ['payment', 40],
      ['payment', 480],
    ]);
  });
});
