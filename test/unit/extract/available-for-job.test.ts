/**
 * A supplier's answer that it is free on the day asked about offers the job for that day: its
 * deliverable due then (annotation guide, decided 7 December 2026, third round). Before, the
 * time-offer rules read "We're free on the 14th" as a meeting the client owed, or nothing. Every
 * line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { offersDayForJob } from '../../../src/extract/availableForJob';
import { brief, message, supplierReplyItems, thread } from './helpers';

/** The client asks for a quote; the user, the supplier, answers with `reply`. */
function supplierAnswers(reply: string) {
  return supplierReplyItems(
    'Could you quote for a three-piece band on Saturday 14 March? What would it cost?',
    reply,
  );
}

describe("a supplier's 'free on the day you asked about'", () => {
  it.each([
    'Good news: the band is free on Saturday 14 March.',
    "We're free on the 14th and would love to play.",
    'Saturday 14 March is still free in our calendar.',
    'Good news, she is available on 14 March.',
    // Fourth round of 7 December 2026: "open" says the same (annotation guide).
    'Saturday 14 March is still open.',
    'Thanks for thinking of us! 14 March is open.',
    'Both bands are available on Saturday 14 March.',
    "By God's grace we are available on Saturday 14 March.",
    'We are available on the evening of Saturday 14 March.',
    // Fifth round of 7 December 2026: a time beside the day, a named colleague, space for a
    // group, and a courtesy about meeting the client's team.
    '14 March at 9am is available.',
    'Saturday 14 March from 4 to 6 pm is available at our studio.',
    'Good news: our fiddler, Aoife, is free on 14 March.',
    'Good news: we have space for a group of 12 on Saturday 14 March.',
    'Saturday 14 March is still free, and our players are looking forward to meeting your guests.',
  ])('"%s" is the supplier\'s deliverable due that day', (reply) => {
    expect(supplierAnswers(`${reply} The fee is $1,800 for three hours.`).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-14'],
      ['payment', 'client', null],
    ]);
  });

  it('leaves a commitment said beside the day to the rules', () => {
    const text = "Saturday 14 March is free, and we'll bring our own PA.";
    expect(offersDayForJob(text)).toBe(false);
    expect(supplierAnswers(text).map((e) => [e.kind, e.owner])).toContainEqual(['deliverable', 'us']);
  });
});

describe('what is not such an answer', () => {
  it.each([
    'I am available on March 5 or March 8 in the morning.',
    'Are you free on Saturday 14 March?',
    "I'm free on Thursday 5 March for a call.",
    'He is free from 2 pm.',
    'Our office is open on Saturday 14 March.',
    'Saturday 14 March is still free, so we could meet your team beforehand.',
    'We have space for a meeting on Saturday 14 March?',
  ])('"%s" is no bare availability for a job', (text) => {
    expect(offersDayForJob(text)).toBe(false);
  });

  it("a buyer's one day free stays a time offered to meet", () => {
    const items = extractThread(
      thread([message('I am available on Thursday 5 March or Friday 6 March.')]),
    ).expectations;
    expect(items.map(brief)).toEqual([['meeting', 'us', null]]);
  });
});

// The obligation model retrained on 7 December 2026 (third round) learnt the suppliers' answers
// and began to guess at every day free; it may not.
it('leaves a day free that is no supplier’s answer to the rules', () => {
  expect(extractThread(thread([message('Room R101 is free on Monday.')])).expectations).toEqual([]);
});
