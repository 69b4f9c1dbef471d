/**
 * A weekly meeting named by its weekday in the plural takes its first occurrence as its due date
 * (issue 9, 6 December 2026, afternoon). Every sentence was written for this file. Sent Monday 2
 * March 2026, 09:15 in New York.
 */
import { describe, expect, it } from 'vitest';
import { dateContext } from '../../../src/extract/dates';
import { weeklyMeetingDue } from '../../../src/extract/weeklyStart';
import { itemsOf } from './helpers';

const ny = () => dateContext('2026-03-02T09:15:00-05:00', 'America/New_York', false);
const due = (text: string) => weeklyMeetingDue(text, ny())?.due ?? null;

describe('a weekly meeting by its weekday', () => {
  it.each([
    ['Could we set up a weekly stand-up on Thursdays at 10am?', '2026-03-05'],
    ['Wednesdays at 4:30 pm Eastern would suit me.', '2026-03-04'],
    // On that very weekday, the next week's.
    ['Can we do a fortnightly review on Mondays at 14:00?', '2026-03-09'],
  ])('%j starts on %s', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it.each([
    'We deliver on Tuesdays and Fridays.',
    "Thursdays at 9am work - I'll send the series once the contract is signed.",
  ])('%j names no first day', (text) => {
    expect(due(text)).toBeNull();
  });

  it('dates the meeting item', () => {
    expect(
      itemsOf('Could we set up a weekly stand-up on Thursdays at 10am?').map((e) => [e.kind, e.due]),
    ).toEqual([['meeting', '2026-03-05']]);
  });
});
