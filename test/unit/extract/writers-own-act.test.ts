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

// 6 December 2026, midday: a promise said first stays the writer's, whatever it then asks of the
// reader ("for you to sign off", "so we have something to talk about").
describe('a promise said first', () => {
  it.each([
    'We will print a hard proof of the cover for you to sign off before the run.',
    'Janet, I’ll get the mileage log and the signed forms to you first thing Monday.',
    "I'll email you two layout sketches by Thursday so we have something to talk about on Friday.",
  ])('"%s" is the writer\'s own act', (text) => {
    expect(writersOwnAct(text.replace('’', "'"))).toBe(true);
  });

  it.each([
    "I'll come in on Thursday the 12th around 2pm to choose the materials, if that suits?",
    "I'll need the floor plans by Friday.",
    "I'll set up a call with our art director — does Tuesday 5pm work?",
  ])('"%s" still puts something to the reader', (text) => {
    expect(writersOwnAct(text)).toBe(false);
  });
});
