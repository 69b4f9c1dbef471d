/**
 * A supplier's "the day is free" answer that goes on with the hour its work starts that day is one
 * deliverable of the supplier's, due that day (issue 9, eighth round of 7 December 2026). Before,
 * the answer was an item of its own and the promise had no day, or was read as the client's ask
 * ("…so you're on the water by 8:00"). Every line was written for this file. Sent Monday 2 March
 * 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { dayThenJob } from '../../../src/extract/dayThenJob';
import { brief, supplierReplyItems } from './helpers';

/** The client asks for a booking; the user, the supplier, answers with `reply`. */
function supplierAnswers(reply: string) {
  const ask = 'Could you host a kayaking morning for 14 of us on Saturday 14 March? What would it cost?';
  return supplierReplyItems(ask, reply);
}

describe("a free day, then the supplier's work at an hour that day", () => {
  for (const reply of [
    'Saturday 14 March is free, and we can have the kayaks on the beach from 8:30.',
    'Good news: Saturday 14 March is still available; we can welcome your group at the boathouse from 9am.',
    "Saturday 14 March is open, and our guides can start at 8:00 with a safety talk so you're paddling by 8:30.",
    'Saturday 14 March is free, and we can be set up at the slipway by 8:15 am.',
  ])
    it(`"${reply}" is one deliverable of the supplier's, due that day`, () => {
      expect(dayThenJob(reply)).toBe(true);
      // The price tells whose side is paid, as it does in the threads this was read from.
      expect(supplierAnswers(`${reply} The price is $65 a head.`).map(brief)).toEqual([
        ['deliverable', 'us', '2026-03-14'],
        ['payment', 'client', null],
      ]);
    });
});

describe('what is not such a sentence', () => {
  it.each([
    // A day of its own in the promise: dated by itself.
    'Saturday 14 March is free, and we can send the waiver forms on Friday at 5pm.',
    // No hour: the rules read the promise as before.
    "Saturday 14 March is free, and we'll bring wetsuits for everyone.",
    // A question back to the client.
    'Saturday 14 March is free - could we start at 9am?',
    // Not the writer's side acting.
    'Saturday 14 March is free, and you can park at the harbour from 8am.',
  ])('"%s" is not read so', (reply) => {
    expect(dayThenJob(reply)).toBe(false);
  });
});
