/**
 * An ask whether a day, a thing or a person is free for the job names the job's day, not a day
 * anything is owed by (issue 9, 7 December 2026, fifth round; annotation guide, "Due date"): "Is
 * the campervan available on the 19th?" is a request with no due day, unless a deadline is said
 * ("let me know by Friday whether …"). A time offered to meet keeps its day. Every sentence was
 * written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { asksIfFree } from '../../../src/extract/availabilityAsk';
import { brief, itemsOf } from './helpers';

describe('an ask whether a day is free for the job', () => {
  it.each([
    'Is the campervan available on the 19th?',
    'Is Saturday 21 March open, ideally around 2pm?',
    'Could you let me know if Friday 27 March is available for a private game?',
    'Could you quote for it, and let me know your next available Saturday?',
  ])('"%s" is a request with no due day', (text) => {
    expect(asksIfFree(text)).toBe(true);
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', null]]);
  });

  it('keeps a deadline said beside it', () => {
    const text = 'Could you let me know by Friday whether the track is available on 21 March?';
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', '2026-03-06']]);
  });

  it.each(['Are you both free Thursday at 4?', 'Is your team free for a call on Thursday?'])(
    '"%s" is a time to meet, not such an ask',
    (text) => {
      expect(asksIfFree(text)).toBe(false);
    },
  );
});
