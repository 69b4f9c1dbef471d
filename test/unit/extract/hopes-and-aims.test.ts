/**
 * A hope or an aim of the writer's promises nothing (issue 9, 5 December 2026, midday): the
 * annotators never count "We aim to award by 15 January". Every sentence was written for this
 * file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { brief, CLIENT, itemsOf, US } from './helpers';

describe("the writer's hopes and aims", () => {
  it.each([
    'We aim to choose a contractor by 20 March.',
    'We hope to have the new coordinator in place before Easter.',
    "I expect we'll have the board's answer by mid-April.",
    "I'd aim to file on 1 April to leave a buffer.",
  ])('"%s" is no item, from either side', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('what stays', () => {
  it('a firm promise beside the aim', () => {
    expect(
      itemsOf("I'll send the first draft by 16 March; I'd aim to file on 1 April.", US).map(brief),
    ).toEqual([['deliverable', 'us', '2026-03-16']]);
  });

  it('what the writer hopes to receive is still read', () => {
    // Its owner is the rules' business elsewhere; here only that the hope does not veto it.
    expect(itemsOf('We hope to receive the signed lease by 13 March.', CLIENT).map((e) => e.due)).toEqual([
      '2026-03-13',
    ]);
  });
});
