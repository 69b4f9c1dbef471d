/**
 * Dates that name no deadline (src/extract/nonDeadlines.ts) and the idioms around them, read as
 * the annotation guide says. Sentences written for this test, not taken from the gold set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { withoutNonDeadlines } from '../../../src/extract/nonDeadlines';

// Monday 2 March 2026, 09:15 New York.
const ny = () => dateContext('2026-03-02T09:15:00-05:00', 'America/New_York', false);
const due = (text: string) => resolveDue(text, ny()).due;

describe('dates that name no deadline', () => {
  it.each([
    'Could you do Monday or Tuesday morning for the fitting?',
    'We could hold the tasting on either April 9 or April 16.',
    'Thursday or Friday next week would suit our crew.',
    'Are the 12th or the 19th any good for the launch call?',
  ])('two days offered as alternatives give null: "%s"', (text) => {
    expect(due(text)).toBeNull();
  });

  // Third round of 7 December 2026.
  it.each([
    'The price stands at £8,750 + VAT as per my survey of 14 September.',
    'We hereby order items 1 to 5 of your quotation of 17 September.',
    'Fill: formula FJ-NR-07 as per the approved sample of 14/09.',
    'Further to your email dated 3 March, here is the revised plan.',
  ])('a document named by its date gives null: "%s"', (text) => {
    expect(due(text)).toBeNull();
  });

  it('a deadline beside a document named by its date still counts', () => {
    expect(due('As per your quotation of 17 February, please deliver by 20 March.')).toBe('2026-03-20');
  });

  it.each([
    'The survey team is booked for the week of 13 April.',
    'Filming happens the week commencing 20 April.',
    'Can you reserve the van for the week of May 4?',
  ])('a week named by its first day gives null: "%s"', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    'This estimate stands until the end of the month.',
    'Our price remains valid until 30 April.',
    "We'll hold the slot until Friday without a deposit.",
  ])('how long an offer stands gives null: "%s"', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    'Our retainer is billed on the 1st and payable within 21 days.',
    'The second instalment is invoiced on handover, net 30.',
    'I will invoice at the close of each month, payment within 10 days.',
    'The translation invoice will follow on delivery, payable within 14 days.',
  ])('terms counted from an invoice not yet sent give null: "%s"', (text) => {
    expect(due(text)).toBeNull();
  });

  it('the day a price is for is not the day it is due', () => {
    expect(due('The room hire for 18 April is $2,300.')).toBeNull();
    expect(due('The rental for Saturday comes to €400, payable by Thursday.')).toBe('2026-03-05');
  });

  describe('counter-examples that keep their date', () => {
    it.each([
      ['Please send the signed lease by Friday or sooner.', '2026-03-06'],
      ['Our invoice is attached, payable within 14 days.', '2026-03-16'],
      ['Invoice 3310 goes out today and is payable within 10 days.', '2026-03-12'],
      ['Payment is due net 15.', '2026-03-17'],
      ['We will start on Monday 9 March and finish the week after.', '2026-03-09'],
      ['Please confirm the order for 20 March by Wednesday.', '2026-03-04'],
      ['The deposit is due before the week of 13 April, by 3 April at the latest.', '2026-04-03'],
    ])('"%s" → %s', (text, expected) => {
      expect(due(text)).toBe(expected);
    });
  });

  it('blanks without moving anything, so offsets into the clause still hold', () => {
    const text = 'Tuesday or Wednesday works, and the hire for 4 May is $900.';
    const out = withoutNonDeadlines(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('Tuesday');
    expect(out).not.toContain('4 May');
    expect(withoutNonDeadlines('Send it by Friday.')).toBe('Send it by Friday.');
  });
});

describe('deadline idioms (annotation guide, "Due date")', () => {
  it('a weekday with a day number: the day number decides, even after "by"', () => {
    // Sunday 5 April 2026 in Dubai: "by Tuesday" alone would be 7 April.
    const ctx = dateContext('2026-04-05T10:30:00+04:00', 'Asia/Dubai', false);
    expect(resolveDue('We will ship the crates by Tuesday the 14th.', ctx).due).toBe('2026-04-14');
    expect(resolveDue('We will ship the crates by Tuesday.', ctx).due).toBe('2026-04-07');
  });

  it('"by the Nth" written on the Nth means next month, as a weekday does', () => {
    expect(due('Send the usage report by the 2nd of each month.')).toBe('2026-04-02');
    expect(due('Send the usage report by the 3rd.')).toBe('2026-03-03');
    expect(due('Send the usage report by Monday.')).toBe('2026-03-09');
  });

  it('"year-end" is a deadline after "by", not as the name of a job', () => {
    expect(due('We need the valuation by year-end.')).toBe('2026-12-31');
    expect(due('The year-end audit fee is $6,000, due on completion.')).toBeNull();
  });

  it.each([
    ['by end of next week', '2026-03-13'],
    ['first thing Monday', '2026-03-09'],
    ['within 10 business days', '2026-03-16'],
    ['by EOD', '2026-03-02'],
    ['next Friday', '2026-03-13'],
    ['by month-end', '2026-03-31'],
    ['by the end of Q3', '2026-09-30'],
    ['early next month', null],
    ['sometime in Q2', null],
  ])('"%s" → %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe('deadline idioms around the sent day', () => {
  // Friday 6 March 2026 and Saturday 7 March 2026, New York.
  const friday = () => dateContext('2026-03-06T09:00:00-05:00', 'America/New_York', false);
  const saturday = () => dateContext('2026-03-07T09:00:00-05:00', 'America/New_York', false);

  it('"this Friday" sent on a Friday is that day; "by Friday" is next week\'s', () => {
    expect(resolveDue('Can you confirm this Friday?', friday()).due).toBe('2026-03-06');
    expect(resolveDue('Can you confirm by Friday?', friday()).due).toBe('2026-03-13');
  });

  it('"by the 15th" is this month\'s until it has passed, then next month\'s', () => {
    expect(resolveDue('Return the forms by the 15th.', friday()).due).toBe('2026-03-15');
    expect(resolveDue('Return the forms by the 4th.', friday()).due).toBe('2026-04-04');
  });

  it('on a weekend, "end of week" and "end of next week" both mean the coming Friday', () => {
    expect(resolveDue('We will wrap up by end of week.', saturday()).due).toBe('2026-03-13');
    expect(resolveDue('We will wrap up by the end of next week.', saturday()).due).toBe('2026-03-13');
    expect(resolveDue('We will wrap up by the end of next week.', friday()).due).toBe('2026-03-13');
  });
});

describe('properties', () => {
  const pieces = [
    'Monday',
    'Tuesday',
    'or',
    'and',
    'the week of',
    'by',
    'for',
    'the 5th',
    '14 May',
    'May 14',
    'within 30 days',
    'net 15',
    'invoiced',
    'on delivery',
    'stands until',
    'the fee',
    'the hire',
    'end of month',
    'next week',
    'either',
    '$400',
    'payable',
    'attached',
    'tomorrow',
    '3/4',
  ];
  const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((w) => w.join(' '));

  it('blanking keeps the length and only ever turns characters into spaces', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const out = withoutNonDeadlines(text);
        expect(out).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) expect(out[i] === text[i] || out[i] === ' ').toBe(true);
      }),
    );
  });

  it('never resolves into the past unless the text says it was due', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const d = due(text);
        if (d !== null) expect(d >= '2026-03-02').toBe(true);
      }),
    );
  });
});

describe('recurring days named by their place in the month, and time ranges', () => {
  // Monday 12 January 2026, New York.
  const jan12 = () => dateContext('2026-01-12T10:00:00-05:00', 'America/New_York', false);
  const at = (text: string) => resolveDue(text, jan12()).due;

  it('"the first Monday of every month" is the next one after the sent day', () => {
    expect(at('We will send the usage digest on the first Monday of every month.')).toBe('2026-02-02');
    expect(at('Stand-up on the last Friday of each month.')).toBe('2026-01-30');
    expect(at('The review is on the second Tuesday of next month.')).toBe('2026-02-10');
    // Sent on the first Monday itself: the next month's.
    const jan5 = dateContext('2026-01-05T10:00:00-05:00', 'America/New_York', false);
    expect(resolveDue('on the first Monday of each month', jan5).due).toBe('2026-02-02');
  });

  it('a plain weekday still means the coming one', () => {
    expect(at('Send it by Monday.')).toBe('2026-01-19');
  });

  it('a date with a time range stays in the coming year, not the past one', () => {
    const nov2 = dateContext('2026-11-02T10:00:00-05:00', 'America/New_York', false);
    expect(resolveDue('Can you play our party on December 12, 8pm to midnight?', nov2)).toMatchObject({
      due: '2026-12-12',
      dueTime: '20:00',
    });
  });
});

describe('spans in working days and fortnights', () => {
  it.each([
    // Hours are mostly service levels ("approve posts within 24 hours"): no date.
    ['Please approve each post within 24 hours.', null],
    ['We will reply in 3 working days.', '2026-03-05'],
    ['Payment within a fortnight, please.', '2026-03-16'],
    ['Send the revised plan no later than the 15th.', '2026-03-15'],
    ['Payment is due within 30 days of receipt.', null],
  ])('"%s" → %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

// A span counted from an event whose day the message does not give has no calendar day; the
// same span counted from the sent day ("within 10 days", "5 days from today") has one.
describe('spans counted from a later event', () => {
  it.each([
    'We will deliver the first concepts 3 weeks from signing.',
    'Installation starts 10 days after signature.',
    'Dispatch is two weeks from receipt of your purchase order.',
    'The print run takes 5 weeks from receipt of the deposit.',
    'You will have the draft within 10 days of approval.',
    // 6 December 2026, afternoon: terms that name the invoice they count from are counted from
    // that event (annotation guide, "Due date"; the tuning part leaves all 128 such terms undated).
    'Payment is due 30 days from receipt of invoice.',
    'Payment: 14 days net from invoice date.',
    'Payment 30 days end of month from invoice date.',
    'Payment: 45 days after invoice date.',
    'Our invoices are payable 30 days from end of month.',
    // …and standing terms for every invoice to come.
    'Each invoice is payable within 21 days.',
    'Your account is on net 30.',
    // …and terms of a bill still to come.
    'Our invoice (EUR 1,240) will follow after delivery, payable within 30 days.',
    "I'll send it after the install, net 15.",
    'Invoices for the renewal are issued on 1 June and payable net 30.',
    'First invoice will be dated 31 March, net 30.',
    "Our invoice (CHF 1'950.–) will follow after installation, payable within 30 days.",
    'Our invoice for the first quarter follows on signature, payable within 14 days.',
    // 6 December 2026, evening: terms counted from a month's end, which is an invoice's month.
    'Payment 60 days end of month, by bank transfer.',
    'We settle on our standard 45-day EOM terms.',
    'Our AP pays net 60 from month end.',
    // …and a split by milestone with its terms, each share invoiced at its milestone.
    'Payment: 30% deposit to start, 70% on final delivery, net 14.',
    'We invoice 40% at signing and 60% on installation, net 30.',
    // …and terms being negotiated.
    'Can we do net 30 on this order instead of COD?',
    'Could we meet halfway at net 45?',
  ])('%j gives null', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    ['You will have the draft within 10 days.', '2026-03-12'],
    ['We will send the schedule 5 days from today.', '2026-03-07'],
    // …unless the invoice goes with the message.
    ['Invoice 2231 is attached, payable 30 days from invoice date.', '2026-04-01'],
  ])('%j counts from the sent day', (text, day) => {
    expect(due(text)).toBe(day);
  });
});

// The day a new price takes effect is when it starts to apply, not a day anyone pays by; the
// same price with a day to pay by keeps it.
describe('the day a price changes', () => {
  it.each([
    'Our hourly rate rises to $135 from 1 April.',
    'The monthly hosting fee goes up to $240 on April 1, the first change since 2023.',
    'Weekend cover is $420/day from the 1st of May.',
    'Kindly note: from 1 April the per-page charge will be $0.08.',
    'Starting April 6, our standard tariff for a half-day is €390.',
    'Storage costs are increasing to £18 per pallet effective 1 May.',
  ])('a price change gives null (case %#)', (text) => {
    expect(due(text)).toBeNull();
  });

  it.each([
    ['Please pay the setup fee of $400 by 1 April.', '2026-04-01'],
    ['The deposit of $1,000 is due on March 12.', '2026-03-12'],
    ['The rate goes up unless we sign by March 20.', '2026-03-20'],
  ])('a price with a day to pay by keeps it (case %#)', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it('a span after a first does not become a date: "our first price rise in four years"', () => {
    expect(due('The new price of $58 is our first price rise in four years.')).toBeNull();
    expect(withoutNonDeadlines('our first rise in four years')).not.toContain('four years');
  });
});
