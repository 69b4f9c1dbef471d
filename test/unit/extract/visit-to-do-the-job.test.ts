/**
 * A visit offered on a day to do the job ("Luis can stop by Thursday 3/19 at 8:30 AM to test the
 * panic button") is the writer's deliverable, though the intent model reads a time to accept in it;
 * a visit to talk stays a meeting (issue 9, 7 December 2026, fifth round). Every sentence was
 * written for this file. Sent Monday 2 March 2026 in New York, by the user.
 */
import { describe, expect, it } from 'vitest';
import { visitsToWork } from '../../../src/extract/offeredVisit';
import { US, brief, itemsOf } from './helpers';

describe('a visit to do the job', () => {
  it.each([
    ['Luis can stop by Thursday 3/5 at 8:30 AM to test the alarm panel.', '2026-03-05'],
    ['I can stop by Thursday at 8:30 am to measure.', '2026-03-05'],
    ['Our engineer, Priya Shah, could come on Friday 6 March to service both boilers.', '2026-03-06'],
  ])('"%s" is the writer\'s deliverable', (text, due) => {
    expect(visitsToWork(text)).toBe(true);
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('a visit to talk is no job visit', () => {
    expect(visitsToWork('We can stop by on Thursday to discuss the plans.')).toBe(false);
  });
});
