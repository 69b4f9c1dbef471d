/**
 * A window of days said with "between" ("between 18 August and 12 September", "between 9 and 27
 * August"): the work or the delivery is due by the window's last day. chrono read the two dates
 * apart and kept the first (issue 9, 6 December 2026, last round). Sent Monday 2 March 2026 in New
 * York.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { brief, itemsOf, MONDAY, US } from './helpers';

const ctx = dateContext(MONDAY, 'America/New_York', false);

describe('a window between two days', () => {
  it.each([
    ['Install-wise, we could build it between 18 August and 12 September.', '2026-09-12'],
    ["We'd want everything delivered between 30 November and 4 December.", '2026-12-04'],
    ['Work would have to be done between June 2 and June 20, before the pool opens.', '2026-06-20'],
    ['The boxes should arrive between the 9th and 27 August.', '2026-08-27'],
    ['The crew can paint between Tuesday 7 April and Friday 10 April.', '2026-04-10'],
  ])('"%s" is due on %s', (text, due) => {
    expect(resolveDue(text, ctx).due).toBe(due);
  });

  it('a span of hours on one day keeps that day', () => {
    expect(resolveDue('We will deliver on Wednesday 11 March between 9 and 11am.', ctx).due).toBe(
      '2026-03-11',
    );
  });

  it('a range of numbers is no window of days', () => {
    expect(resolveDue('Keep it between 50 and 55% humidity until 20 March.', ctx).due).toBe('2026-03-20');
  });

  it('an obligation with such a window is offered due on the last day', () => {
    const items = itemsOf('We can install the new boilers between 29 June and 21 August.', US);
    expect(items.map(brief)).toEqual([['deliverable', 'us', '2026-08-21']]);
  });
});
