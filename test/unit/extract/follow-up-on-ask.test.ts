/**
 * What the reader is to say back about an ask is part of that ask (issue 9, the night of
 * 6 December 2026): "Would you be able to take it on, and what would it cost?" is one request,
 * as the annotation guide reads it, not a second one for the price; its day is the whole
 * sentence's. A follow-up that asks for an act or a plan of the reader's own stays an item of its
 * own. Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a say-back joined to an ask is part of it', () => {
  it.each([
    ['Could you take on the spring catalogue, and what would it cost?', null],
    ['Can you fit the extra shelving in the stockroom, and how much would that add?', null],
    ['Could you check whether the venue allows drones, and let me know by Thursday?', '2026-03-05'],
    [
      'Can you switch the lids to matte black, and confirm by tomorrow whether it changes the price?',
      '2026-03-03',
    ],
  ])('"%s" is one request (due %s)', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['request', 'client', due]]);
  });
});

describe('a follow-up that asks for an act of its own stays apart', () => {
  it('"… and whether you could get a first draft to us by Friday" is a second ask', () => {
    const items = itemsOf(
      'Could you tell me your day rate, and whether you could get a first draft to us by Friday?',
      US,
    );
    expect(items.map(brief)).toEqual([
      ['request', 'client', null],
      ['request', 'client', '2026-03-06'],
    ]);
  });

  it('a question in a sentence of its own is its own item', () => {
    expect(itemsOf('Could you take on the spring catalogue? What would it cost?', CLIENT)).toHaveLength(2);
  });
});
