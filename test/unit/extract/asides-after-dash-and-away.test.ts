/**
 * A promise followed by a statement after a dash, and an absence given as the reason for an ask
 * (issue 9, 5 December 2026, evening): "I'll email the schedule by end of week - water will only
 * be off for a few hours" is the promise (the status after the dash no longer drags it down), and
 * "I'm out of the office Wednesday, so a quote by Tuesday would be perfect" asks for the quote.
 * Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { sentenceNoise } from '../../../src/extract/noise';
import { US, brief, itemsOf } from './helpers';

describe('a statement after a dash stays apart from the promise before it', () => {
  it.each([
    "I'll send the snagging list by Friday - power will only be off for an hour on the Tuesday.",
    "We'll deliver the chairs on Thursday - the lift will be out of service that morning.",
  ])('"%s" keeps its promise', (text) => {
    expect(itemsOf(text, US).map(brief)).toHaveLength(1);
    expect(itemsOf(text, US)[0]!.kind).toBe('deliverable');
  });
});

describe('a second hand-over to the reader after a dash', () => {
  it('is an item of its own', () => {
    expect(
      itemsOf(
        "The retainer will be wired on Friday 6 March - I'll email you the remittance advice the same day.",
        US,
      ).map(brief),
    ).toEqual([
      ['payment', 'us', '2026-03-06'],
      ['deliverable', 'us', null],
    ]);
  });
});

describe('an absence given as the reason for an ask', () => {
  it('is not an out-of-office line', () => {
    for (const text of [
      "I'm out of the office Thursday and Friday, so a quote by next Wednesday would be perfect.",
      "I'm out of the office until Monday, so could you send the drawings to Priya?",
    ])
      expect(sentenceNoise(text), text).toBeNull();
  });

  it('still asks', () => {
    expect(
      itemsOf(
        "I'm out of the office Thursday and Friday, so could you send the quote by next Wednesday?",
      ).map(brief),
    ).toEqual([['request', 'us', '2026-03-11']]);
  });

  it('an absence alone asks nothing', () => {
    expect(sentenceNoise("I'm out of the office Thursday and Friday this week.")).toBe('ooo');
    expect(itemsOf("I'm out of the office Thursday and Friday this week.")).toEqual([]);
  });
});
