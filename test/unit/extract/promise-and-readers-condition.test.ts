/**
 * A promise and the reader's condition, each with its own day (issue 9, 5 December 2026,
 * evening). After the promise ("We will start on 9 November if we receive the signed contract by
 * 30 October"): two items, the writer's act and the condition the reader owes by its day. Before
 * it ("If the deposit arrives by 9 March the goods will be ex-factory on 30 April"): one promise,
 * due on its own day, no longer dropped as a hypothetical. Every line was written for this file.
 * Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe("a promise, then the reader's condition", () => {
  it.each([
    [
      'We will begin the survey on 20 April if we receive the signed order by 10 April.',
      [
        ['deliverable', 'us', '2026-04-20'],
        ['request', 'client', '2026-04-10'],
      ],
    ],
    [
      'We will install the units next week if you approve the layout by Thursday.',
      [
        ['deliverable', 'us', null],
        ['request', 'client', '2026-03-05'],
      ],
    ],
  ])('"%s" is two items', (text, items) => {
    expect(itemsOf(text, US).map(brief)).toEqual(items);
  });

  it('a standing price with a condition stays one thing', () => {
    expect(
      itemsOf('The rate stands if the room block is confirmed by 20 March.', US).map(brief),
    ).not.toContainEqual(['deliverable', 'us', null]);
  });
});

describe("the reader's condition first", () => {
  it('"If the deposit arrives by 9 March the tiles will leave the factory on 30 April." is the writer’s promise, due on its day', () => {
    expect(
      itemsOf('If the deposit arrives by 9 March the tiles will leave the factory on 30 April.', US).map(
        brief,
      ),
    ).toEqual([['deliverable', 'us', '2026-04-30']]);
  });

  it('with a comma, the promise is found with its own day', () => {
    expect(itemsOf('If awarded by 20 March, we will mobilise on 14 April.', US).map(brief)).toContainEqual([
      'deliverable',
      'us',
      '2026-04-14',
    ]);
  });

  it('takes the condition’s day when the promise has none', () => {
    expect(
      itemsOf(
        'If the deposit arrives by 9 March the tiles will leave the factory the week of 27 April.',
        US,
      ).map(brief),
    ).toEqual([['deliverable', 'us', '2026-03-09']]);
  });

  it('a condition of another kind is still a hypothetical', () => {
    expect(itemsOf("If the budget allows, we'll add a second shoot.", US)).toEqual([]);
  });
});

/**
 * What the writer must have, by a day, for their side to hold (6 December 2026, midday): the
 * reader owes it, by the condition's day, whether it comes after a plain statement ("April 28 is
 * doable if we have …"), with "provided" or "as long as", or first, before a comma.
 */
describe('what the writer must have first', () => {
  it.each([
    ['April 28 is doable if we have a signed order by March 20.', '2026-03-20'],
    ['The launch date is realistic provided we have the final copy by 16 March.', '2026-03-16'],
    ['Handover on the 30th is fine as long as I have your sign-off by Friday.', '2026-03-06'],
  ])('"%s" asks the reader by the condition’s day', (text, due) => {
    const items = itemsOf(text, US).map(brief);
    expect(items).toEqual([['request', 'client', due]]);
    expect(itemsOf(text, US)[0]!.text).toMatch(/^(?:if|provided|as long as) /);
  });

  it('put first, the condition and the promise after it are two items', () => {
    expect(itemsOf('If we have your PO by 12 March, we will deliver on 6 April.', US).map(brief)).toEqual([
      ['request', 'client', '2026-03-12'],
      ['deliverable', 'us', '2026-04-06'],
    ]);
  });

  it('ends at its day, not at a promise that follows it', () => {
    const items = itemsOf(
      'Revised SOW attached - if you can sign it by Friday we can keep the 20 March date.',
      US,
    );
    expect(items.map(brief)).toContainEqual(['request', 'client', '2026-03-06']);
  });

  it('a condition with no day is not cut out', () => {
    expect(itemsOf('April 28 is doable if we have a signed order soon.', US)).toEqual([]);
  });
});
