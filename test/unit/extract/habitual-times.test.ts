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

// Fourth round of 7 December 2026: "on the day" is the event's day, named elsewhere in the thread
// (the tuning part dates none of its 30 items that say only "on the day"); chrono had read a day of
// its own in it ("from 6:30pm on the day" as tomorrow). A day named beside it still counts.
describe('"on the day"', () => {
  it.each([
    'Our attendant will be on site from 6:30pm on the day to set up.',
    'Our crew will need the lift reserved for them from 13:00 to 16:00 on the day.',
    'Please be at the boat by 9:45 on the day so we can do the safety briefing.',
  ])('"%s" sets no due day', (text) => {
    expect(resolveDue(text, ctx).due).toBeNull();
  });

  it('"by 9am on the day of the show, Friday 6 March" is due on the Friday', () => {
    expect(resolveDue('Please be there by 9am on the day of the show, Friday 6 March.', ctx).due).toBe(
      '2026-03-06',
    );
  });
});
