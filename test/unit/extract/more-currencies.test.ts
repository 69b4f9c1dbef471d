/**
 * Prices in ringgit, shillings, soles, baht and rand written with a space and decimal comma are
 * read like any other price (money.ts, prices.ts). Written by the supplier (the user), sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/extract/money';
import { US, itemsOf } from './helpers';

describe('a price in a currency written its local way', () => {
  it.each([
    ['Patch repair is RM 85.00 per bay.', 85, 'MYR'],
    ['The 500 g bags for the team leads are KSh 1,800 each.', 1800, 'KES'],
    ['Without transport, the price is S/ 245.00 per person.', 245, 'PEN'],
    ['Transport from Chalong to Kata Noi is ฿1,500 for either option.', 1500, 'THB'],
    ['The five reception candles are R 120,00 each.', 120, 'ZAR'],
  ])('%j is a payment of %d %s', (text, value, currency) => {
    const items = itemsOf(text, US);
    expect(items.map((e) => [e.kind, e.owner])).toEqual([['payment', 'client']]);
    expect(items[0]!.amount).toEqual({ value, currency });
  });

  it.each(['Room R 12,50 is on the left.', 'Take the R 62 towards Stellenbosch.'])(
    '%j holds no rand',
    (text) => {
      expect(findMoney(text)).toEqual([]);
    },
  );
});
