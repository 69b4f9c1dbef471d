/**
 * Two days each named with its weekday, the month said once ("Tue 20 – Wed 21 October",
 * "Tuesday 9 and Wednesday 10 June"): chrono read the first weekday alone as the coming one. The
 * pair is the span it names (issue 9, 6 December 2026, late). Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { MONDAY } from './helpers';

const ctx = dateContext(MONDAY, 'America/New_York', false);

describe('a pair of days with their weekdays', () => {
  it.each([
    ['Training will be Tue 20 – Wed 21 October then.', '2026-10-20'],
    ["For the shoot we'd suggest Tuesday 9 and Wednesday 10 June.", '2026-06-09'],
    ['Glenorchy (7): Mon 20 to Wed 22 April', '2026-04-20'],
    ['Cohort 2: Thu 14 & Fri 15 May, Leeds', '2026-05-14'],
  ])('"%s" starts on %s', (text, due) => {
    expect(resolveDue(text, ctx).due).toBe(due);
  });

  it('one weekday and its day is still that day', () => {
    expect(resolveDue('Shall we say Friday 6 March at 10?', ctx).due).toBe('2026-03-06');
  });
});
