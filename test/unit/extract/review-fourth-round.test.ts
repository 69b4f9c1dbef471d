/**
 * A read-only reviewer's probes of the fourth round of 7 December 2026: each of these misfired on
 * the round's first version of its rules (a refusal after "must", bookings confirmed as a heading,
 * "your <X> is confirmed", currency codes that are words, hedged "could" offers, free quote lines
 * with a limit, arriving somewhere by a time, treatments said of people, "the day after tomorrow").
 * Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { findMoney } from '../../../src/extract/money';
import { offersService } from '../../../src/extract/serviceOffer';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { CLIENT, MONDAY, US, itemsOf, message, thread } from './helpers';

describe('a refusal softened by "must" or "have to" stays a refusal', () => {
  it.each([
    ['I must apologise, but we cannot deliver the panels by Friday 13 March.', US],
    ["I have to tell you that we can't make the install on Monday 9 March.", US],
    ['I have to say we cannot pay the invoice by Friday 13 March.', CLIENT],
  ])('"%s" owes nothing', (text, from) => {
    expect(itemsOf(text, from)).toEqual([]);
  });
});

describe('a heading "Confirmed:" from the side that pays, or for a meeting', () => {
  /** The user quotes an install; the client answers with `reply`. */
  const clientAnswers = (reply: string) =>
    extractThread(
      thread([
        message(
          'We can install the barrier on Monday 16 March. The price is $4,800, payable within 14 days.',
          {
            id: 'm1',
            from: US,
            sentAt: '2026-03-01T10:00:00-05:00',
          },
        ),
        message(reply, { id: 'm2', from: CLIENT }),
      ]),
    ).expectations.filter((e) => e.messageId === 'm2');

  it.each([
    "Confirmed: Monday 16 March is fine, we'll have the site cleared.",
    'Confirmed - Monday 16 March.',
  ])('"%s" books no service of the client\'s', (reply) => {
    expect(clientAnswers(reply).map((e) => [e.kind, e.owner, e.due])).not.toContainEqual([
      'deliverable',
      'client',
      '2026-03-16',
    ]);
  });

  it.each([
    'Confirmed: site visit on Tuesday 10 March at 11am.',
    'Booked: interview with Sarah on Tuesday 10 March at 10am.',
    'Booked: my flight lands Thursday 12 March at 9am.',
    'Confirmed - Thursday 12 March at 2pm works for me.',
  ])('"%s" is no deliverable', (text) => {
    expect(itemsOf(text).map((e) => e.kind)).not.toContain('deliverable');
  });
});

describe('"your <X> is confirmed" for what is no service', () => {
  it.each([
    'Your payment is confirmed for Friday 13 March.',
    'Your refund is confirmed for Friday 13 March.',
    'Your cancellation is confirmed for Friday 13 March.',
    'Your day off is confirmed for Friday 13 March.',
  ])('"%s" is no deliverable', (text) => {
    expect(itemsOf(text, US).map((e) => e.kind)).not.toContain('deliverable');
  });
});

describe('words that are also currency codes', () => {
  it.each([
    'Please send 40 gel ice packs by Friday 13 March.',
    'We need 20 mop buckets delivered by Friday.',
  ])('"%s" holds no sum', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('"could" in a doubt, a wish or a question', () => {
  it.each([
    'I doubt we could install before Monday 16 March.',
    'Honestly, I wish we could start on Monday 9 March.',
    'We wondered whether we could start on Monday 9 March instead.',
  ])('"%s" offers no work', (text) => {
    expect(itemsOf(text, US).map((e) => e.kind)).not.toContain('deliverable');
  });

  it('"I\'m afraid we could only deliver on Friday 13 March" is still read as work offered', () => {
    // The rules' reading; the commitment model may still withdraw it as status.
    expect(offersService("I'm afraid we could only deliver on Friday 13 March at the earliest.")).toBe(true);
  });
});

describe('free quote lines with a limit, a policy or a question', () => {
  const quote = (lines: string, from = US) =>
    itemsOf(`Hi Sam,\n\nHere is our quote:\n\n- Hire, 4 hours: $800\n${lines}\n\nBest,\nDana`, from).map(
      (e) => e.text.trim(),
    );

  it.each([
    '- Returns: free within 30 days',
    '- Date changes: free of charge before 1 May',
    '- Storage: free for the first 7 days',
    '- Parking: free after 6pm',
  ])('"%s" is no deliverable', (line) => {
    expect(quote(line)).not.toContain(line.slice(2));
  });

  it('a question about a free line is no deliverable of the asker', () => {
    const items = itemsOf('Could you confirm these:\n- Delivery: free?\n- Setup: no charge?', CLIENT);
    expect(items.map((e) => [e.kind, e.owner])).not.toContainEqual(['deliverable', 'client']);
  });
});

describe('being somewhere by a time', () => {
  it.each([
    'Our CEO will be in London by 12 March for the conference.',
    'Our MD will be at the airport by 6pm on Thursday 12 March.',
    'Our team will be in Berlin by 10am on Monday 9 March for the trade fair.',
    'Our CEO will be in meetings by 9am on Monday.',
  ])('"%s" is whereabouts', (text) => {
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('people said to be busy are no treatment', () => {
  it.each([
    'All our engineers are occupied with other jobs on Friday 13 March.',
    'All my team are swamped with year-end work this week.',
    'Every purchase order is raised in our ERP before we order.',
    'All our staff are located in an office in Leeds.',
  ])('"%s" sets no standard', (text) => {
    expect(itemsOf(text, US).map((e) => e.kind)).not.toContain('standard');
  });
});

describe('dates', () => {
  it('"on the day after tomorrow" is the day after tomorrow', () => {
    expect(
      resolveDue(
        'We will deliver the flowers on the day after tomorrow.',
        dateContext(MONDAY, 'America/New_York', false),
      ).due,
    ).toBe('2026-03-04');
  });

  it('"it should arrive by the end of next week" is no second promise after shipping', () => {
    const items = itemsOf("We'll ship on Monday 9 March, and it should arrive by the end of next week.", US);
    expect(items).toHaveLength(1);
  });

  it('"Saturday 14 March is open mic night at the venue" is no availability', () => {
    expect(itemsOf('Saturday 14 March is open mic night at the venue.', US)).toEqual([]);
  });
});
