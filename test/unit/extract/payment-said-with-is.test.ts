/**
 * The payment or the balance said with "is" and its term ("Payment is 30 days end of month", "The
 * balance is settled at pickup") is a payment the buyer owes (issue 9, 6 December 2026, last
 * round). A report that it was paid, and a question, are not.
 */
import { describe, expect, it } from 'vitest';
import { statesTerms } from '../../../src/extract/paymentTerms';
import { brief, itemsOf, US } from './helpers';

describe('payment terms said with "is"', () => {
  it.each([
    ['Payment is 30 days end of month, as on your account.'],
    ['Payment is half on placement and half at removal, net 15.'],
    ['The balance is settled at pickup.'],
    ['Payment is 40% with the signed order and 60% before the costume ships.'],
    ['The balance is paid at check-in.'],
  ])('the supplier\'s "%s" is a payment the client owes', (text) => {
    expect(itemsOf(text, US).map((e) => brief(e).slice(0, 2))).toEqual([['payment', 'client']]);
  });

  it.each([
    ['The deposit is paid.'],
    ['Is the balance due at pickup?'],
    ['The balance was paid at check-in.'],
  ])('"%s" states no terms', (text) => {
    expect(statesTerms(text)).toBe(false);
  });
});

// Third round of 7 December 2026: terms in more words, and a third party's paying habit.
describe('payment terms in more words', () => {
  it.each([
    ['Payment: by bank transfer by the end of the month following each performance.'],
    ['Invoicing is monthly, due within 14 days.'],
    ['From the second order on, our usual 30 days net applies.'],
    ['Contracts are billed annually in advance.'],
    ['Billing is in five equal monthly instalments, November to March, net 15.'],
  ])('the supplier\'s "%s" is a payment the client owes, with no day', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['payment', 'client', null]]);
  });

  it('"They pay within 30 days" from the client is its side\'s payment', () => {
    expect(itemsOf('They pay within 30 days.').map(brief)).toEqual([['payment', 'client', null]]);
  });

  it.each([['Tenants are billed monthly in advance by the landlord.'], ['Was the invoice paid in advance?']])(
    '"%s" states no terms of this thread',
    (text) => {
      expect(statesTerms(text)).toBe(false);
    },
  );
});
