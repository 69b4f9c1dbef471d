/**
 * A time kept every day, on an event's day or on the days a service runs sets no due day (issue 9,
 * 6 December 2026, late): "We deliver six days a week, by 7am" is a standing bar, not a deadline
 * this morning, "Helpdesk, Mon–Fri 7am–7pm" is not due next Monday, nor "on a Saturday" this
 * Saturday. A dated span of weekdays and a plain "by 3pm" still are. Every line was written for
 * this file. Sent Monday 2 March 2026 (09:15) in New York.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { MONDAY } from './helpers';

const ctx = dateContext(MONDAY, 'America/New_York', false);

describe('no due day', () => {
  it.each([
    'We deliver to all three sites six days a week, by 7am.',
    'Our van will have everything at the commissary by 6:30 am each day.',
    'Daily reports by 8am, please.',
    'Lots cleared by 6:30am on weekdays.',
    'Helpdesk, Mon–Fri 7am–7pm, 1-hour response for critical tickets.',
    'Our crews work 7:30am to 4:00pm, Monday to Friday.',
    'Daily office cleaning Mon-Fri after 6pm.',
    'Could you do the upgrade on a Saturday?',
    'We could replace the anodes on a Tuesday night in October.',
  ])('"%s"', (text) => {
    expect(resolveDue(text, ctx).due).toBeNull();
  });
});

describe('still a due day', () => {
  it.each([
    ['Please send the signed copy by 3pm today.', '2026-03-02'],
    ['Glenorchy: Mon 20 to Wed 22 April.', '2026-04-20'],
    ['Can you come on Tuesday?', '2026-03-03'],
  ])('"%s" is due %s', (text, due) => {
    expect(resolveDue(text, ctx).due).toBe(due);
  });
});
