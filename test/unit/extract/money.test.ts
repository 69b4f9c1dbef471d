import { describe, expect, it } from 'vitest';
import { findMoney, parseAmount, parseMoney, paymentTerms } from '../../../src/extract/money';

describe('money', () => {
  it.each([
    ['$12,500', 12500, 'USD'],
    ['£18,000', 18000, 'GBP'],
    ['EUR 3.000,50', 3000.5, 'EUR'],
    ['4,750.50 USD', 4750.5, 'USD'],
    ['$2.4k', 2400, 'USD'],
    ['€1.200', 1200, 'EUR'],
    ['1.200€', 1200, 'EUR'],
    ['3,000 euros', 3000, 'EUR'],
    ['AUD 6,200', 6200, 'AUD'],
    ['CA$500', 500, 'CAD'],
    ['£1.2m', 1200000, 'GBP'],
    ['5 000 EUR', 5000, 'EUR'],
    ['$12.50', 12.5, 'USD'],
    ['₹5 lakh', 500000, 'INR'],
    ['Rs. 2.5 lakhs', 250000, 'INR'],
    ['₹1.2 crore', 12000000, 'INR'],
    ['3 lakh rupees', 300000, 'INR'],
    ['Rs. 5 Lakh', 500000, 'INR'],
    ['Rs. 5 Lakhs', 500000, 'INR'],
    ['CHF 400 lac', 400, 'CHF'],
    // Capital scale letters tight to the number, as insurance minimums are written.
    ['$5M', 5000000, 'USD'],
    ['CA$2.5M', 2500000, 'CAD'],
    ['£36K', 36000, 'GBP'],
    ['€1.2Bn', 1200000000, 'EUR'],
    ['USD 40 M', 40, 'USD'],
  ])('reads %s as %d %s', (text, value, currency) => {
    expect(parseMoney(`The fee is ${text}, payable on receipt.`)).toEqual({ value, currency });
  });

  it('finds every amount in order', () => {
    expect(findMoney('a deposit of $1,000 and 400 EUR later').map((f) => f.money)).toEqual([
      { value: 1000, currency: 'USD' },
      { value: 400, currency: 'EUR' },
    ]);
  });

  it('does not read plain numbers or percentages as money', () => {
    expect(parseMoney('We need 25% of the 300 pages by 2026')).toBeNull();
  });

  it('keeps only the number next to a trailing currency', () => {
    expect(parseMoney('in 2026 1,200 EUR')).toEqual({ value: 1200, currency: 'EUR' });
  });

  it('tells decimal separators from thousands separators', () => {
    expect(parseAmount('12,500.00')).toBe(12500);
    expect(parseAmount('3.000,50')).toBe(3000.5);
    expect(parseAmount('1.200')).toBe(1200);
    expect(parseAmount('2.4')).toBe(2.4);
    expect(parseAmount('3,5')).toBe(3.5);
  });

  it('reports payment terms as written', () => {
    expect(paymentTerms('payable net 30')).toBe('net 30');
    expect(paymentTerms('payable in two instalments')).toBe('payable in two instalments');
    expect(paymentTerms('no terms here')).toBeUndefined();
  });
});

describe('a currency code that is also a word', () => {
  it.each(['Please book 9 try-dives for Saturday', 'the horses get 3 rub-downs a week'])(
    '"%s" holds no sum',
    (text) => {
      expect(findMoney(text)).toEqual([]);
    },
  );

  it('written as a code it is still one ("9 TRY per unit", "TRY 4,500")', () => {
    expect(findMoney('9 TRY per unit, TRY 4,500 in all').map((f) => f.money)).toEqual([
      { value: 9, currency: 'TRY' },
      { value: 4500, currency: 'TRY' },
    ]);
  });
});
