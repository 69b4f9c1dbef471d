/**
 * Order lines under a heading that names the delivery day ("We'd like to confirm our first order,
 * for delivery on Tuesday 10 March:", "Starting Tuesday 3 March, every Tuesday:") take that day;
 * a standing order its first (issue 9, 7 December 2026, fifth round: the tuning part held 37 such
 * lines with no day). A heading that only looks back lends none. Every message was written for this
 * file. Sent Monday 2 March 2026 in New York, by the client who buys.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { one } from './helpers';

const dues = (text: string) => extractThread(one(text)).expectations.map((e) => [e.text, e.due]);

describe('order lines under a dated order heading', () => {
  it.each([
    ["We'd like to confirm our first order, for delivery on Tuesday 10 March:", '2026-03-10'],
    ['Order for the first shipment, ex Mombasa on Thursday 12 March:', '2026-03-12'],
    ['We would like to start a weekly order on Thursday 5 March:', '2026-03-05'],
    ["So let's go. Starting Tuesday 3 March, every Tuesday:", '2026-03-03'],
    // The day said a little after the order, or before it (8 December 2026: 60 such lines of the
    // tuning part had no day).
    ['Our first order, for Friday 13 March:', '2026-03-13'],
    ['Order for delivery this Friday please (account BR-22):', '2026-03-06'],
    ['For delivery Thursday 12 March:', '2026-03-12'],
    ['Here is our standing order, with the first drop at each shop on Monday 9 March:', '2026-03-09'],
    [
      'Our trial order, for delivery to the back door of the café (Unit 4) on Tuesday 10 March:',
      '2026-03-10',
    ],
    ["We'd like to start on Monday, March 16 with this standing order:", '2026-03-16'],
    ["As agreed, from Monday 9 March you'll deliver every Monday and Thursday:", '2026-03-09'],
  ])('"%s" dates its lines', (heading, due) => {
    const text = `Hi Dana,\n\n${heading}\n- Style 4L: 500 kg\n- Style 5: 250 kg\n\nThanks,\nSam`;
    expect(dues(text)).toEqual([
      ['Style 4L: 500 kg', due],
      ['Style 5: 250 kg', due],
    ]);
  });

  it.each([
    'Our delivery days are Tuesday and Friday:',
    'The order for Friday 27 February was short:',
    'Notes from our call on Friday 27 February:',
    // Looking back, a habit, two days, what cannot be had (review of 8 December 2026).
    'Please check these items from the delivery on Friday:',
    'Credit needed for the delivery on Friday:',
    "Returns from this Monday's delivery:",
    'We deliver on Tuesday and Friday each week:',
    'Our delivery slots on Tuesday are:',
    'Order for Monday and Thursday this week:',
    'Out of stock for delivery this Friday:',
  ])('"%s" lends no day', (heading) => {
    const text = `Hi Dana,\n\n${heading}\n- Style 4L: 500 kg\n- Style 5: 250 kg\n\nThanks,\nSam`;
    expect(dues(text).map(([, due]) => due)).toEqual([null, null]);
  });

  it("an order's day is not a deadline for its priced lines; a deadline is", () => {
    const lines = '\n- 20 x sourdough loaves: $3.20 each\n- 12 x rye: $3.80 each\n\nThanks,\nSam';
    const order = dues(`Hi Dana,\n\nOur order, for Friday 13 March:${lines}`);
    expect(order.map(([, due]) => due)).toEqual([null, null]);
    const deadline = dues(`Hi Dana,\n\nWe will pay these by Friday 13 March:${lines}`);
    expect(deadline.map(([, due]) => due)).toEqual(['2026-03-13', '2026-03-13']);
  });

  it('a heading that looks back lends no day', () => {
    const text =
      'Hi Dana,\n\nFollowing the tasting on Tuesday 24 February, we would like:\n- Style 4L: 500 kg\n- Style 5: 250 kg\n\nThanks,\nSam';
    expect(dues(text).map(([, due]) => due)).toEqual([null, null]);
  });
});
