/**
 * A count after a date and a comma is no two-digit year (issue 9, 7 December 2026, second round):
 * "Wednesday 24 February, 30 minutes over lunch" is due 24 February, not in 2030. Every line was
 * written for this file. Sent Wednesday 20 January 2027 in Johannesburg.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';

const ctx = dateContext('2027-01-20T15:15:00+02:00', 'Africa/Johannesburg', true);

describe('a count after a date and a comma', () => {
  it.each([
    ['Team photo: Thursday 25 February, 45 minutes before the AGM', '2027-02-25'],
    ['Departing 9 March, 18 guests and one guide', '2027-03-09'],
    ['Please hold March 12, 40 people, for the launch.', '2027-03-12'],
    ['Draft by 3 March, 30 pages at most.', '2027-03-03'],
  ])('"%s" is due %s', (text, due) => {
    expect(resolveDue(text, ctx).due).toBe(due);
  });

  it('a time of day after the comma still belongs to the date', () => {
    expect(resolveDue('Friday 26 February, 10 am at the office', ctx)).toMatchObject({
      due: '2027-02-26',
      dueTime: '10:00',
    });
  });

  it('a four-digit year after the comma is still the year', () => {
    expect(resolveDue('on 24 February, 2028 at the latest', ctx).due).toBe('2028-02-24');
  });
});
