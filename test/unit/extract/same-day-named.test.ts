/**
 * A weekday and a date in one clause that name the same day ("our Friday collection on 20 March",
 * "Thursday evening, 19 March") are due on that date, not on the coming weekday read alone
 * (sameDayNamed.ts, 8 December 2026). A date on another weekday is another day, and the usual
 * choice between the two stands. Every line was written for this file. Sent Monday 2 March 2026,
 * 09:15 in New York: the coming Friday is 6 March, the coming Thursday 5 March.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { namesSameDayMoreFully } from '../../../src/extract/sameDayNamed';
import { kindsOf, US } from './helpers';

const ny = () => dateContext('2026-03-02T09:15:00-05:00', 'America/New_York', false);
const due = (text: string) => resolveDue(text, ny()).due;

describe('a weekday and the date of that weekday', () => {
  it.each([
    ['The refund will go out in our Friday payment run on 20 March.', '2026-03-20'],
    ['We could hang the lights on Thursday evening, 19 March, after the shop closes.', '2026-03-19'],
    ['Our Tuesday van can bring the chairs round on 17 March.', '2026-03-17'],
    ['The plasterers start on the Monday (16 March), so the skip must be gone by then.', '2026-03-16'],
  ])('"%s" is due on the date', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it('so is the promise read from it', () => {
    expect(kindsOf('The refund will go out in our Friday payment run on 20 March.', US)).toEqual([
      ['payment', 'us', '2026-03-20'],
    ]);
  });
});

describe('what stays as it was', () => {
  it.each([
    // The date is on another weekday: the weekday said first stands.
    ['Could you call me on Thursday about the 10 March delivery?', '2026-03-05'],
    // "by" marks the weekday as the deadline, and the date is another day.
    ['Please send the drawings by Friday, ahead of the 12 March site visit.', '2026-03-06'],
    // "by" marks the weekday as the deadline, though the date falls on a Friday too.
    ['Please sign by Friday so that we can book the crane for 20 March.', '2026-03-06'],
    // The weekday alone.
    ['The refund will go out in our Friday payment run.', '2026-03-06'],
    // The date is another event's, on the same weekday (review of 8 December 2026).
    ['Could you send the signed contract on Friday, so that your crew can start on 13 March?', '2026-03-06'],
    ['We need the final headcount on Monday for the dinner on 23 March.', '2026-03-09'],
    ["I'll send the draft on Thursday, ahead of your board meeting on 19 March.", '2026-03-05'],
    ['Can we meet on Thursday to prepare for the audit on 19 March?', '2026-03-05'],
    ['Please confirm on Wednesday whether you can cover the 18 March shift.', '2026-03-04'],
    ['Payment of the deposit is due Friday, with the balance due 20 March.', '2026-03-06'],
    ['We will invoice on Friday for the March 20 delivery.', '2026-03-06'],
  ])('"%s"', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it('only a weekday said alone gives way, and only to a date on that weekday', () => {
    const text = 'on Friday, 20 March';
    const friday = { day: '2026-03-06', weekdayOnly: true, start: 3, end: 9 };
    const date = { day: '2026-03-20', weekdayOnly: false, start: 11, end: 19 };
    expect(namesSameDayMoreFully(friday, date, text)).toBe(true);
    expect(namesSameDayMoreFully(friday, { ...date, day: '2026-03-19' }, text)).toBe(false);
    expect(namesSameDayMoreFully({ ...friday, weekdayOnly: false }, date, text)).toBe(false);
  });
});
