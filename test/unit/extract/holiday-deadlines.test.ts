/**
 * Holidays on a fixed day as deadlines (issue 9, 5 December 2026, evening): chrono reads no
 * holiday names, so "by Christmas Eve" had no date and a second act's date took its place. Every
 * line was written for this file. Sent Wednesday 16 December 2026 in New York unless said.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { holidayDue } from '../../../src/extract/holidays';
import { dayOf } from '../../../src/extract/calendar';
import { CLIENT, US, brief, one } from './helpers';

const DEC_16 = '2026-12-16T10:00:00-05:00';
const items = (text: string, from = CLIENT, sentAt = DEC_16) =>
  extractThread(one(text, { from, sentAt })).expectations.map(brief);

describe('fixed-day holidays as deadlines', () => {
  it.each([
    ['Could you send the cast list before Christmas?', '2026-12-25'],
    ['Please confirm the caterer by New Year’s Eve, at the latest.', '2026-12-31'],
    ['Can you get the framed prints to us by Christmas Eve?', '2026-12-24'],
  ])('"%s" is due %s', (text, due) => {
    expect(items(text)).toEqual([['request', 'us', due]]);
  });

  it('splits two acts, each with its own day, when one is due on a holiday', () => {
    expect(
      items("I'll have the glazing quote ready by Christmas Eve and return the signed lease by Monday.", US),
    ).toEqual([
      ['deliverable', 'us', '2026-12-24'],
      ['deliverable', 'us', '2026-12-21'],
    ]);
  });

  it('takes the coming one: written after Christmas, "by Christmas" is next year’s', () => {
    expect(holidayDue('the mural finished by Christmas.', dayOf(2026, 12, 28))?.due).toBe('2027-12-25');
    expect(holidayDue("payment by New Year's Day", dayOf(2026, 12, 28))?.due).toBe('2027-01-01');
  });

  it('leaves a holiday that names an event, or a holiday without a deadline word, undated', () => {
    for (const text of [
      'We need the menu before the Christmas closure.',
      'Could you quote for our Christmas party?',
      'We will send the new rota after Christmas.',
    ])
      expect(holidayDue(text, dayOf(2026, 12, 16)), text).toBeNull();
  });
});
