/**
 * Priced lines written without a sum after the label's colon (issue 9, 5 December 2026, morning):
 * a quantity at a unit price with no colon at all, and a short label whose value ends with its sum.
 * Every line was written for this file. Sent Monday 2 March 2026 in New York, by the supplier.
 */
import { describe, expect, it } from 'vitest';
import { pricedLine } from '../../../src/extract/prices';
import { CLIENT, itemsOf } from './helpers';

describe('a line priced by quantity and unit price', () => {
  it('is a payment line per line, priced at its unit price', () => {
    const items = itemsOf(
      'Annual hire quote:\n\nCellos (Stentor 1102) x3 @ $340/yr = $1,020\nViolas (Eastman VA80) x5 @ $210/yr = $1,050\nTotal: $2,070/yr',
      CLIENT,
    );
    expect(items.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'us', 340],
      ['payment', 'us', 210],
      ['payment', 'us', 2070],
    ]);
  });

  it.each(['Pallet wrap 40 rolls @ €12.50', 'Safety boots x12 @ £54 a pair'])('"%s" is priced', (line) => {
    expect(pricedLine(line)).toBe(true);
  });

  // Any unit, not only a known few: bags, bales, bunches, or the goods themselves counted.
  it.each([
    'Barley straw, 250 small bales @ $8.10 = $2,025.00',
    'Peat-free compost, 60 bags @ £7.20 = £432.00',
    '36 potted gardenias (12 each of three sizes) @ $14.50 = $522.00',
  ])('"%s" is priced', (line) => {
    expect(pricedLine(line)).toBe(true);
  });

  it.each(['Email me @ $5 off codes', 'Follow us @ Harbourside for offers'])(
    'but not "%s", which counts nothing',
    (line) => {
      expect(pricedLine(line)).toBe(false);
    },
  );
});

describe('a short label whose value ends with its sum', () => {
  it.each([
    'Shuttle: Blue Line Coaches, one 50-seat coach, EUR 640 each way',
    'Cover: Hiscox Event Liability, GBP 95 per event',
  ])('"%s" is priced', (line) => {
    expect(pricedLine(line)).toBe(true);
  });

  it.each([
    'Sara – signed PO attached for both tools plus freight, USD 12,300.',
    'One more thing: could you take the 2,000-word job due Friday? Rate as before, ¥14 per word.',
    'Option C, upgrade: new condenser, crane lift and permits, USD 18,400',
  ])('but not "%s"', (line) => {
    expect(pricedLine(line)).toBe(false);
  });
});
