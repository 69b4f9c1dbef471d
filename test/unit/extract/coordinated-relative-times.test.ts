/**
 * Two acts joined in one sentence when one of them counts from something else (issue 9, 5
 * December 2026, afternoon): "the draft report on Friday 19 June and the final report within 5
 * working days of your comments" is two items, the first dated, the second undated, whichever
 * comes first. Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe('two acts, one counted from something else', () => {
  it.each([
    [
      "You'll have the draft report on Friday 19 June and the final report within 5 working days of your comments.",
      [
        ['deliverable', 'us', '2026-06-19'],
        ['deliverable', 'us', null],
      ],
    ],
    [
      "You'll get a proof gallery within 5 working days of each shoot, and the final retouched selects by 19 March.",
      [
        ['deliverable', 'us', null],
        ['deliverable', 'us', '2026-03-19'],
      ],
    ],
  ])('"%s" is two items', (text, items) => {
    expect(itemsOf(text, US).map(brief)).toEqual(items);
  });

  it('but one act counted from something else stays one item', () => {
    expect(
      itemsOf("You'll have the final report within 5 working days of your comments.", US).map(brief),
    ).toEqual([['deliverable', 'us', null]]);
  });
});
