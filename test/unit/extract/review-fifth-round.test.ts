/**
 * What the read-only review of the fifth round of 7 December 2026 found the round's first rules
 * reading wrongly, each mended: a land acknowledgement mentioned in prose, a sum with its currency
 * code read as a company number, an instruction after a "please note", a greeting that is the
 * service bought, a seller's conditional word about its price, an errand "stop by", a heading that
 * looks back at a delivery, a bill still to come "on its way", a time offered to meet, and the
 * buyer's "You're confirmed:". Every sentence was written for this file. Sent Monday 2 March 2026
 * in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { billSentNow } from '../../../src/extract/billTerms';
import { isContactDetailsOnly } from '../../../src/extract/contactBlock';
import { noticeOnly } from '../../../src/extract/notices';
import { billingIn } from '../../../src/extract/payee';
import { sentenceNoise } from '../../../src/extract/noise';
import { CLIENT, US, brief, itemsOf, message, one, thread } from './helpers';

const WRITER_IS_US = { writer: 'us', reader: 'client' } as const;

describe('a land acknowledgement in prose', () => {
  it('keeps the work named beside it', () => {
    const text =
      "Hi Sam,\n\nI'll send you the draft land acknowledgement for the traditional owners of Gadigal country by Thursday 5 March.\n\nDana";
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', '2026-03-05']]);
  });
});

describe('a sum with its currency code', () => {
  it.each([
    ['Balance Due  USD 2265.00'],
    ['Total | EUR 2 100.00'],
    ['Delivery Window  12.03.2026 - 15.03.2026'],
  ])('"%s" is no line of contact details', (line) => {
    expect(isContactDetailsOnly(line)).toBe(false);
  });

  it('is still a payment', () => {
    expect(itemsOf('Dana,\n\nTotal | EUR 2 100.00\n\nSam').map((e) => [e.kind, e.amount?.value])).toEqual([
      ['payment', 2100],
    ]);
  });
});

describe('a "please note" with an instruction after it', () => {
  it.each([
    ["Please note we're closed over Easter so get your orders in by Friday 27 March.", '2026-03-27'],
    [
      "Please note I'm travelling next week - email Maria with the final figures by Friday 13 March.",
      '2026-03-13',
    ],
    [
      'Please note the warehouse is closed next week, so collect the pallets by Friday 6 March.',
      '2026-03-06',
    ],
  ])('"%s" still asks', (text, due) => {
    expect(noticeOnly(text)).toBe(false);
    expect(itemsOf(text).map(brief)).toContainEqual(['request', 'us', due]);
  });

  it('a fact after "so" is still a notice', () => {
    expect(noticeOnly('Please note the chiller runs in night mode, so the ice may be softer.')).toBe(true);
  });
});

describe('a greeting that is the service bought', () => {
  it.each([
    ['Could your front-desk staff greet our guests for us on arrival on Friday 6 March?', '2026-03-06'],
    [
      'Please have someone greet the delegates for us at the door from 8am on Tuesday 10 March.',
      '2026-03-10',
    ],
    ['Could you send the final numbers to Maria by Friday 6 March and tell her I said hello?', '2026-03-06'],
    ['Please convey my regards to your GM and confirm the room block by Wednesday 4 March.', '2026-03-04'],
  ])('"%s" still asks', (text, due) => {
    expect(sentenceNoise(text)).toBeNull();
    expect(itemsOf(text).map(brief)).toEqual([['request', 'us', due]]);
  });
});

describe("a seller's word about its own price", () => {
  it.each([
    'if the price is OK for you, a deposit of €1,200 secures the date.',
    'once the quote is approved, the deposit of $500 is due within 7 days.',
    'I know the pricing is good value.',
    'the price is good until 31 March.',
  ])('"%s" shows no buyer accepting it', (text) => {
    expect(billingIn(text, WRITER_IS_US)?.side).not.toBe('client');
  });
});

describe('an errand, not a visit to do the job', () => {
  it.each([
    'I can stop by the bank on Friday 6 March to pay the deposit.',
    'we could stop by your office on Tuesday 10 March at 2pm to collect the signed contracts.',
  ])('"%s" is no deliverable of the writer', (text) => {
    expect(itemsOf(text).map((e) => e.kind)).not.toContain('deliverable');
  });
});

describe('a heading that looks back at a delivery', () => {
  it.each([
    'Following the delivery on 27 February, please send us:',
    'The delivery on Tuesday 3 March was missing the following:',
    'For the order on 26 February we were charged for items we never received:',
  ])('"%s" lends its lines no day', (heading) => {
    const text = `Hi Dana,\n\n${heading}\n- 4 boxes of A4 paper\n- 2 toner cartridges\n\nSam`;
    expect(itemsOf(text).map((e) => e.due)).not.toContain('2026-03-03');
    expect(itemsOf(text).map((e) => e.due)).not.toContain('2027-02-27');
    expect(itemsOf(text).map((e) => e.due)).not.toContain('2027-02-26');
  });
});

describe('a bill still to come', () => {
  it.each([
    'The invoice will be on its way on Friday, due on receipt.',
    'The final invoice will be issued on completion and is due on receipt, with the warranty certificate attached.',
  ])('"%s" is not sent now', (text) => {
    expect(billSentNow(text)).toBe(false);
  });
});

describe('a time offered to meet, in a supplier thread', () => {
  it('is no day free for the job', () => {
    const input = thread([
      message('Hi Sam, could you quote for a workshop for our team? Which days are you free?', {
        id: 'm1',
        from: US,
      }),
      message(
        'Hi Dana, the fee is $1,200 for the day. Thursday 12 March at 10am is available for the kick-off.',
        { id: 'm2', from: CLIENT, sentAt: '2026-03-03T10:00:00-05:00' },
      ),
    ]);
    const answer = extractThread(input).expectations.filter((e) => e.messageId === 'm2');
    expect(answer.map((e) => e.kind)).not.toContain('deliverable');
  });
});

describe('the buyer\'s "You\'re confirmed:"', () => {
  it('puts no deliverable on the user who buys', () => {
    const text = "You're confirmed: Saturday 5 September, 7pm-11pm at the Grand Hall, fee as quoted.";
    expect(
      extractThread(one(text, { from: US })).expectations.map((e) => [e.kind, e.owner]),
    ).not.toContainEqual(['deliverable', 'us']);
  });
});

// The second review, of the round's later rules.
describe('the second review', () => {
  it.each([
    'Only two of the six pallets can be used, the rest arrived damaged.',
    'Your expense claim is not allowed because the receipt is missing.',
    'Our team is not allowed on site until the permit arrives.',
    "The budget increase is not allowed, I'm afraid.",
    'No further action should be needed from your side.',
    'No delays should be expected with the delivery on Friday.',
  ])('"%s" is no standard', (text) => {
    expect(itemsOf(text).map((e) => e.kind)).not.toContain('standard');
  });

  it.each([
    ['All three rooms are needed for Friday 13 March.', 'standard'],
    ["All the brochures are printed for Friday's launch.", 'standard'],
    ['All the samples are shipped for delivery on Thursday.', 'standard'],
  ])('"%s" is no present bar', (text, kind) => {
    expect(itemsOf(text, US).map((e) => e.kind)).not.toContain(kind);
  });

  it('keeps the ask after an initial in lower-case mail ("option B. could you …")', () => {
    expect(
      itemsOf("we'll go with option B. could you send the contract over by friday?").map(brief),
    ).toContainEqual(['request', 'us', '2026-03-06']);
  });

  it.each([
    ['Please confirm whether the crew is free and send over the revised schedule on Friday.', '2026-03-06'],
    ['Please update the availability on our booking page on Friday.', '2026-03-06'],
  ])('"%s" keeps its day', (text, due) => {
    expect(itemsOf(text).map((e) => e.due)).toContain(due);
  });

  it('keeps the day of a time to meet put as a question', () => {
    expect(itemsOf('Is Tuesday at 10 still open for a catch-up?').map((e) => e.due)).toEqual(['2026-03-03']);
  });
});
