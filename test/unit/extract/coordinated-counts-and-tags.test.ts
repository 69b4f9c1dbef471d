/**
 * Two dated acts in one sentence, each its own item (issue 9, 6 December 2026, afternoon): when the
 * second counts things ("and 48 on Saturday"), when a question is tagged on at the end ("- is that
 * feasible?"), and when the whole was found by a model, so the first act reads as an obligation
 * only by its modal. Every sentence was written for this file. Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one, US } from './helpers';

const dated = (text: string, from = CLIENT) =>
  extractThread(one(text, { from })).expectations.map((e) => [e.text, e.due]);

describe('two dated acts in one sentence', () => {
  it('splits a count with its own day', () => {
    expect(dated("We'll bring 30 chairs on Friday 20 March and 45 on Saturday 21 March.", US)).toEqual([
      ["We'll bring 30 chairs on Friday 20 March", '2026-03-20'],
      ['45 on Saturday 21 March', '2026-03-21'],
    ]);
  });

  it('still reads two days of one act as one ("May 27 and 28 at 2pm")', () => {
    expect(dated('Can you do May 27 and 28 at 2pm?')).toHaveLength(1);
  });

  it('splits past a question tagged on at the end', () => {
    const items = dated(
      'We need the first six chapters by 16 April and the rest by 30 April - is that feasible?',
    );
    expect(items.map(([, due]) => due)).toEqual(['2026-04-16', '2026-04-30']);
  });

  it('splits a modal first act that only a model reads as an item', () => {
    const items = dated(
      'We could paint the hallway on Monday 16 March and the stairwell on Tuesday 17 March.',
      US,
    );
    expect(items.map(([, due]) => due)).toEqual(['2026-03-16', '2026-03-17']);
  });
});

// Fourth round of 7 December 2026: "by the end of next week" is a day of the second act's own.
describe('a second act due at the end of next week', () => {
  it('splits "… on 20 March and send you the loading bay details by the end of next week"', () => {
    expect(
      dated(
        "I'll reserve the hall for you from 3:30pm on 20 March and send you the loading bay details by the end of next week.",
        US,
      ),
    ).toEqual([
      ["I'll reserve the hall for you from 3:30pm on 20 March", '2026-03-20'],
      ['send you the loading bay details by the end of next week', '2026-03-13'],
    ]);
  });
});
