/**
 * Commitments of the writer the intent model may not turn into asks (src/extract/writersOwnAct.ts):
 * here, a thing the writer will send to the reader, whatever meeting or time the sentence names.
 * Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { writersOwnAct } from '../../../src/extract/writersOwnAct';
import { CLIENT, brief, itemsOf } from './helpers';

describe('a thing the writer will send to the reader', () => {
  it("stays the writer's deliverable beside a meeting it prepares", () => {
    const sentence =
      "I'll put the course outline for the staff council together and send it to you by Wednesday 11 March, so you have two days to review it before the meeting.";
    expect(itemsOf(sentence, CLIENT).map(brief)).toEqual([['deliverable', 'client', '2026-03-11']]);
  });

  it.each(["We'll email them over to you once the prints are dry.", 'I will forward it to you tonight.'])(
    '"%s" is the writer\'s own act',
    (text) => {
      expect(writersOwnAct(text)).toBe(true);
    },
  );

  it.each([
    'Could you send it to you-know-who?',
    'Please send it to your accountant.',
    'Will you send it to me?',
  ])('"%s" is not', (text) => {
    expect(writersOwnAct(text)).toBe(false);
  });
});
