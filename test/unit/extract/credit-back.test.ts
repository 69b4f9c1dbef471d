/**
 * Money the billing side owes back (src/extract/creditBack.ts): a credit or a credit note stated
 * without a payer is the payee's to give, not the thread payer's. Every message was written for
 * this file. Sent in New York, March 2026.
 */
import { describe, expect, it } from 'vitest';
import { creditBack } from '../../../src/extract/creditBack';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, message, thread } from './helpers';

/** A supplier (the client side) bills the user, then writes `text`. */
function fromSupplier(text: string) {
  const input = thread([
    message('Invoice 7710 for $4,200.00 is attached, payable within 30 days.', { id: 'm1', from: CLIENT }),
    message('Thanks. Three of the chairs arrived scratched.', {
      id: 'm2',
      from: US,
      sentAt: '2026-03-03T10:00:00-05:00',
    }),
    message(text, { id: 'm3', from: CLIENT, sentAt: '2026-03-04T10:00:00-05:00' }),
  ]);
  return extractThread(input).expectations.filter((e) => e.messageId === 'm3' && e.kind === 'payment');
}

describe('a credit owed back', () => {
  it.each([
    "A credit note for the three chairs ($360.00) will follow with next week's invoice.",
    'Marco has approved a credit of $360.00 for the chairs; it will show on your April statement.',
  ])('is the supplier\'s to give: "%s"', (text) => {
    expect(fromSupplier(text).map((e) => e.owner)).toEqual(['client']);
  });

  it.each([
    'Retainer: $2,000, credited against the final invoice.',
    'Total: $8,400 after the $600 trade-in credit.',
    'Our April invoice for $4,900 already reflects the chair credit.',
  ])('but not a credit that is part of a price: "%s"', (text) => {
    expect(creditBack(text)).toBe(false);
  });
});
