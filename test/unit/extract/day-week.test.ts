/**
 * British "Friday week": a week after the coming Friday (7 December 2026; all three in the gold
 * set's tuning part are annotated so), which chrono alone reads as the coming Friday. Every sentence was
 * written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { brief, one } from './helpers';

/** Tuesday 10 March 2026, in New York. */
const TUESDAY = '2026-03-10T09:00:00-05:00';
const read = (text: string) => extractThread(one(text, { sentAt: TUESDAY })).expectations.map(brief);

describe('a weekday "week"', () => {
  it.each([
    ['Could you get the drawings to us by Friday week?', '2026-03-20'],
    ['We need the signed lease back by Thursday week at the latest.', '2026-03-19'],
    ['Please send the samples by Monday week.', '2026-03-23'],
    ['Can we have the report by Tuesday week?', '2026-03-17'],
  ])('"%s" is due %s (sent Tuesday 10 March)', (text, due) => {
    expect(read(text)).toEqual([['request', 'us', due]]);
  });

  it('leaves a plain weekday and "the week of" alone', () => {
    expect(read('Could you get the drawings to us by Friday?')).toEqual([['request', 'us', '2026-03-13']]);
    expect(read('Could you send the rota for the week of Monday 16 March by Friday?')).toEqual([
      ['request', 'us', '2026-03-13'],
    ]);
  });
});
