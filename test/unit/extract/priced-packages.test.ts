/**
 * A package named, described and priced after a last colon (issue 9, 5 December 2026, afternoon):
 * "Essential - 8 hours, one photographer, online gallery: $4,200", the shape of a price list of
 * packages, whose description holds commas as a label may not. Every line was written for this
 * file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { pricedLine } from '../../../src/extract/prices';
import { CLIENT, itemsOf } from './helpers';

describe('a described package priced after its last colon', () => {
  it('is a payment line per line under the heading that lists them', () => {
    const items = itemsOf(
      "Here's how our spring packages look:\n\nBasic - 2 hours, one crew, edited clips: $1,900\nPlus - 4 hours, two crews, edited clips, drone: $3.2k\n\nHappy to talk them through.",
      CLIENT,
    );
    expect(items.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'us', 1900],
      ['payment', 'us', 3200],
    ]);
  });

  it.each([
    'Option A – Citation XLS (midsize, 8 seats), operated by Skyway: £21,450',
    'Lagoon 42 - winter berth in water, Nov-Mar: €3.450',
    'Signature - 10 hours, two photographers, album, engagement session: USD 5,800',
  ])('"%s" is priced', (line) => {
    expect(pricedLine(line)).toBe(true);
  });

  it.each([
    'Budget for the whole shoot, crew and travel: €4,200',
    'Option B - two crews, edited clips, drone: €3,200? Or is that too much',
    'Lagoon 42 - winter berth in water, Nov-Mar: €3.450 last year, so a price rise is likely now',
  ])('but not "%s"', (line) => {
    expect(pricedLine(line)).toBe(false);
  });
});
