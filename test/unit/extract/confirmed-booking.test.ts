/**
 * A booking the writer confirms to the reader for a day is the writer's service owed that day
 * (issue 9, 7 December 2026, second round): "You're confirmed for Saturday 14 March". Before, no
 * rule read it: it is neither a promise with "will" nor an ask. Every line was written for this
 * file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { confirmsBooking, confirmsHeadline } from '../../../src/extract/confirmedBooking';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a booking confirmed to the reader for a day', () => {
  it.each([
    ["You're confirmed for Saturday 14 March, 7-11pm, two pipers.", '2026-03-14'],
    ['Great news - you are booked in for Thursday 19 March.', '2026-03-19'],
    ["You're locked in for Friday, April 3.", '2026-04-03'],
    ['Your booking for Tuesday 10 March is confirmed.', '2026-03-10'],
    ['Deposit received, thanks - you are confirmed for Sunday 22 March.', '2026-03-22'],
    ['Thank you for your order - you’re reserved for 28 March.', '2026-03-28'],
  ])('"%s" is the writer\'s deliverable due %s', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it('binds the reader when the writer is the one who pays', () => {
    const text =
      "You're booked for Wednesday 11 March at our Leeds office. We'll pay your invoice for $400 within 14 days.";
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-11'],
      ['payment', 'client', '2026-03-16'],
    ]);
  });
});

describe('what is not such a confirmation', () => {
  it.each([
    "Wonderful, you're booked!",
    'Are you confirmed for Friday 6 March?',
    'The studio is booked for 18 March.',
    'Our van is booked in for its MOT on the 11th.',
  ])('"%s" is no booking of the reader\'s', (text) => {
    expect(confirmsBooking(text) && /\d/.test(text)).toBe(false);
  });

  it('a room booked by someone else stays news', () => {
    expect(itemsOf('The community hall is booked for Wednesday 18 March, 6:30-9pm.', US)).toEqual([]);
  });
});

// Fourth round of 7 December 2026: a confirmation written as a heading before the day, a booking
// with its time before "is confirmed", and "your <service> is confirmed for <day>".
describe('a booking confirmed as a heading or with its time', () => {
  it.each([
    ['Your booking for Wednesday 11 March, 19:00-23:00, is confirmed.', '2026-03-11'],
    ['Your river tour is confirmed for Friday 13 March.', '2026-03-13'],
  ])('"%s" is the writer\'s deliverable due %s', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  // A heading confirms a service only from the side that is paid (its invoice follows).
  it.each([
    ['Booked: Thursday 12 March, sessions at 13:00 and 15:00, 40 people.', '2026-03-12'],
    ['Confirmed - Friday 13 March, 7pm-10pm, exclusive use.', '2026-03-13'],
    ['Confirmed: two bulls and a shade tent for Saturday 14 March.', '2026-03-14'],
  ])('"%s" from the supplier is its deliverable due %s', (text, due) => {
    const items = itemsOf(`${text} Our invoice for $1,800 follows, payable within 14 days.`, US);
    expect(items.map(brief)[0]).toEqual(['deliverable', 'us', due]);
  });

  it('the same heading from the side that pays books nothing of its own', () => {
    const items = itemsOf('Confirmed - Friday 13 March. We will pay your invoice within 14 days.', CLIENT);
    expect(items.map((e) => e.kind)).not.toContain('deliverable');
  });

  it.each([
    'Booked – the Zoom link for Wednesday 11 March is below.',
    'Confirmed: quantities as in my mail of 2 March.',
    'Your order is confirmed, but delivery depends on the weather on Friday 6 March.',
  ])('"%s" confirms no service', (text) => {
    expect(confirmsBooking(text) || confirmsHeadline(text)).toBe(false);
  });
});

// Sixth round of 7 December 2026: "your <service> on <day> is confirmed" and "… is reserved";
// a part of the day before "on <day>" no longer hides the day from chrono.
describe('a service on a day confirmed or reserved for the reader', () => {
  it.each([
    ['Thank you - your workshop on 16 March is confirmed.', '2026-03-16'],
    ['Your class on Saturday 14 March is reserved.', '2026-03-14'],
    ['Your zorbing morning on Friday 13 March is confirmed.', '2026-03-13'],
    ['Your tasting afternoon on Thursday 19 March is confirmed.', '2026-03-19'],
  ])('"%s" is the writer\'s deliverable due %s', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each(['Your table is reserved.', 'Your order on Friday 6 March is reserved, but stock is short.'])(
    '"%s" books no service for a day',
    (text) => {
      expect(itemsOf(text, US).map((e) => e.kind)).not.toContain('deliverable');
    },
  );
});
