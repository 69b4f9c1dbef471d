/** Meeting proposals and answers (issue 9): a time offered with a modal is a proposal, "works" is not. */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isTimeOffer } from '../../../src/extract/meetings';
import { CLIENT, one, US } from './helpers';

const all = (text: string, from = CLIENT) =>
  extractThread(one(text, { from })).expectations.map((e) => [e.text, e.kind, e.owner, e.due]);

describe('meeting answers', () => {
  it.each([
    ['Thursday would be great.', '2026-03-05'],
    ['Monday would work for us.', '2026-03-09'],
    ['Hi Dana, Wednesday at 2 would be good.', '2026-03-04'],
    ['Tuesday the 10th at 10am would suit us best.', '2026-03-10'],
  ])('reads "%s" as a meeting the reader must confirm', (text, due) => {
    expect(all(text)).toEqual([[text, 'meeting', 'us', due]]);
  });

  it('asks a meeting of the reader for "I would like to have a brief meeting about…"', () => {
    expect(all('I would like to have a brief meeting about the renewal.')).toMatchObject([
      [expect.any(String), 'meeting', 'us', null],
    ]);
  });

  it('is not a time offer without a time, or about something else', () => {
    expect(isTimeOffer('That would be great')).toBe(false);
    expect(isTimeOffer('Payment by Friday would be great')).toBe(false);
    expect(isTimeOffer('Thursday at 3 works')).toBe(false);
    expect(all('Friday at 11 works for me.')).toEqual([]);
  });

  it('keeps one item for a proposal followed by its time', () => {
    expect(all('Could we have a quick call about the budget? Thursday at 4pm would be ideal.', US)).toEqual([
      ['Thursday at 4pm would be ideal.', 'meeting', 'client', '2026-03-05'],
    ]);
  });
});
