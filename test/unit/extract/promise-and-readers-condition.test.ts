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
