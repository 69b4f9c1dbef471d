/**
 * Kroner written before the number, and a sum grouped with spaces after a reference number (issue
 * 9, 7 December 2026, second round): "kr. 2.950,00" and "kr 37 100,- eks. mva" no longer end the
 * sentence at their points, "A new belt is kr. 2.950,00" is a price, and "FT 2026/318, 1 955,70 €"
 * is 1,955.70, not 955.70. Every line was written for this file. Sent Monday 2 March 2026 from a
 * Danish or Norwegian supplier.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { findMoney } from '../../../src/extract/money';
import { splitSentences } from '../../../src/extract/sentences';

const SUPPLIER = { name: 'Mads Kjær', email: 'mads@servicefirma.dk' };
const CLIENT = { name: 'Sofie Lund', email: 'sofie@hotel-example.com' };

function itemsFrom(text: string, home = 'servicefirma.dk', zone = 'Europe/Copenhagen') {
  const from = { ...SUPPLIER, email: `mads@${home}` };
  return extractThread({
    self: { emails: [from.email], domains: [home] },
    timeZone: zone,
    messages: [{ id: 'm1', from, to: [CLIENT], cc: [], sentAt: '2026-03-02T09:15:00+01:00', text }],
  }).expectations.map((e) => [e.kind, e.owner, e.amount]);
}

const sentencesOf = (text: string) =>
  splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));

describe('kroner before the number', () => {
  it.each([
    'A replacement filter is kr. 1.480,00 plus half an hour of labour.',
    'Invoice 4410 for kr 12 300,- eks. mva is attached, payable within 10 days.',
  ])('"%s" stays one sentence', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('a sentence that ends with kroner still ends there', () => {
    expect(sentencesOf('The total is 6.800,00 kr. Please pay it by Friday.')).toHaveLength(2);
  });

  it('"is kr. …" prices the thing', () => {
    expect(itemsFrom('A replacement filter is kr. 1.480,00 plus half an hour of labour.')).toEqual([
      ['payment', 'client', { value: 1480, currency: 'DKK' }],
    ]);
  });

  it('the Norwegian invoice keeps its sum', () => {
    expect(
      itemsFrom(
        'Invoice 4410 for kr 12 300,- eks. mva is attached, payable within 10 days.',
        'servicefirma.no',
        'Europe/Oslo',
      ),
    ).toEqual([['payment', 'client', { value: 12300, currency: 'NOK' }]]);
  });
});

describe('a sum grouped with spaces after a reference number', () => {
  it.each([
    ['The deposit invoice FT 2026/114, 2 340,50 € is attached.', 2340.5],
    ['Order 12 1 955,70 € in total.', 1955.7],
    ['in 2026 1,200 EUR', 1200],
  ])('"%s" reads %d', (text, value) => {
    expect(findMoney(text, 'EUR')[0]?.money.value).toBe(value);
  });
});

// Sixth round of 7 December 2026: a bill sent in rand or kroner with no term beside it had read as
// a delivery only ("R18 760" was no sum to the delivery signal), and its payment was lost.
describe('a deposit invoice in rand or kroner sent with the message', () => {
  it.each([
    [
      'Deposit invoice WJS-0611 for R18 760 is attached, with our banking details.',
      'studio.co.za',
      'Africa/Johannesburg',
      { value: 18760, currency: 'ZAR' },
    ],
    [
      'Deposit invoice INV-2209 for R20,050 is attached.',
      'studio.co.za',
      'Africa/Johannesburg',
      { value: 20050, currency: 'ZAR' },
    ],
    [
      'Deposit invoice 4410 for kr 12 300,- is attached.',
      'servicefirma.no',
      'Europe/Oslo',
      { value: 12300, currency: 'NOK' },
    ],
  ])('"%s" is a payment the reader owes', (text, home, zone, amount) => {
    expect(itemsFrom(text, home, zone)).toEqual([['payment', 'client', amount]]);
  });
});
