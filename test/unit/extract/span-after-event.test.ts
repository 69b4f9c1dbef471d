/**
 * A span counted from an event named first is no date (issue 9, 5 December 2026, afternoon):
 * "Once I have your go-ahead I'll turn it round within 5 working days" is due 5 days after the
 * go-ahead, not after the day sent, as "within 14 days of your invoice" already was. Every line
 * was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe('a span after an event named first', () => {
  it.each([
    "Once I have your go-ahead I'll turn it round within 5 working days.",
    "As soon as the deposit lands we'll ship within 2 weeks.",
  ])('"%s" has no due date', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', null]]);
  });

  it('but a span alone counts from the day sent', () => {
    expect(itemsOf('We will ship within 2 weeks.', US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-16'],
    ]);
  });
});
