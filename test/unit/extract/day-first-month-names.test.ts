/**
 * A day-first writer (here a .co.uk address) still writes "January 15" for a day: chrono's GB
 * parser read a month's name before a two-digit number as a year ("January 28" became
 * 1 January 2028), so these dates were lost or wrong (docs/extract.md, 3 December 2026 late).
 * The date is Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf, UK_CLIENT } from './helpers';

describe('a month name before a two-digit day, from a day-first writer', () => {
  it.each([
    ['I will send the signed contract by April 15.', '2026-04-15'],
    ['We will pay the deposit by March 28.', '2026-03-28'],
    ['Could you share the logo files by March 12?', '2026-03-12'],
  ])('"%s" is due on that day', (text, due) => {
    expect(itemsOf(text, UK_CLIENT).map((e) => e.due)).toEqual([due]);
  });

  it('reads the same day as a month-first writer does', () => {
    const text = 'I will send the revised proposal by March 20.';
    expect(itemsOf(text, UK_CLIENT).map(brief)).toEqual(itemsOf(text).map(brief));
  });

  it('still reads slash dates day-first', () => {
    expect(itemsOf('I will send the signed contract by 3/4.', UK_CLIENT).map((e) => e.due)).toEqual([
      '2026-04-03',
    ]);
  });

  it('still reads a day before its month', () => {
    expect(itemsOf('We will pay the deposit by 28 March.', UK_CLIENT).map((e) => e.due)).toEqual([
      '2026-03-28',
    ]);
  });
});
