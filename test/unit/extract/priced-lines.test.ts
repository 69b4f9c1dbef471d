/**
 * Priced lines, the shape of every quote and price list (issue 9, the evening held-out part of
 * 2 December 2026 once it joined the tuning part): a label, whatever it names, then its sum. Every
 * sentence here was written for this file, with lines that hold a sum and owe nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { pricedLine } from '../../../src/extract/prices';
import { CLIENT, one, US } from './helpers';

const payments = (text: string, from = US) =>
  extractThread(one(text, { from })).expectations.filter((e) => e.kind === 'payment');

describe('a priced line', () => {
  it.each([
    ['Canapés (3 per guest): € 1.260,00', 1260, 'EUR'],
    ['Scaffold hire, 4 weeks: £2,340 + VAT', 2340, 'GBP'],
    ['Walnut veneer sample set: 42,50 €', 42.5, 'EUR'],
    ['Rigging crew (2 people, 10 hours): AUD 1,480', 1480, 'AUD'],
    ['Pallet storage: USD 0.65 per pallet per day', 0.65, 'USD'],
    ['Customs clearance – EUR 185 per shipment', 185, 'EUR'],
    ['Oak shelving, 12 m run — £3,460', 3460, 'GBP'],
    ['Lanyards: 300 pcs x RM 4.20 = RM 1,260.00', 4.2, 'MYR'],
  ])('%j is a payment with its sum, owed by the reader of its writer', (line, value, currency) => {
    const found = payments(`Hi Sam,\n\nOur quote:\n\n${line}\n\nBest,\nDana`);
    expect(found).toHaveLength(1);
    expect(found[0]!.amount).toEqual({ value, currency });
    expect(found[0]!.owner).toBe('client');
  });

  it('binds us when the supplier prices the line', () => {
    const found = payments(
      'Hello,\n\nPlease find our prices:\nSea freight 1x20GP: USD 940\n\nRegards,\nSam',
      CLIENT,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.owner).toBe('us');
  });

  it.each([
    'Budget: $5,000 for the whole launch',
    'Raised so far: $12,400',
    'Amount paid to date: £300',
    'Price: $49 (was $99)',
    'Date: 14 May, parking £4',
    'Revenue last quarter: $1.2m',
  ])('%j is not one', (line) => {
    expect(pricedLine(line)).toBe(false);
  });
});

// The afternoon round of 3 December 2026: priced lines with no heading or list above them.
describe('a priced line on its own', () => {
  it.each([
    ['Fittings: £86.40', 86.4, 'GBP'],
    ['Total: £412.80', 412.8, 'GBP'],
    ['Grand total ₹4,20,000', 420000, 'INR'],
    ['24h emergency response: CA$210/hr (3 hr minimum)', 210, 'CAD'],
    ['Collection from the port in Antwerp, EUR 580 per container', 580, 'EUR'],
    ['1850 CAD + GST all in', 1850, 'CAD'],
    ['The larger model comes in at €3.240 each', 3240, 'EUR'],
  ])('%j is a payment its reader owes', (line, value, currency) => {
    const found = payments(line);
    expect(found).toHaveLength(1);
    expect(found[0]!.amount).toEqual({ value, currency });
    expect(found[0]!.owner).toBe('client');
  });

  it.each(['Budget: £500', 'Our budget is €5,000 + VAT.', 'We stayed at €90 a night.'])(
    '%j is no price',
    (line) => {
      expect(payments(line, CLIENT)).toEqual([]);
    },
  );
});
