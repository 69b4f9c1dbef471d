import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';

// Monday 2 March 2026, 09:15 New York.
const ny = (dayFirst = false) => dateContext('2026-03-02T09:15:00-05:00', 'America/New_York', dayFirst);
const due = (text: string, dayFirst = false) => resolveDue(text, ny(dayFirst)).due;

describe('due dates', () => {
  it.each([
    ['I will send it by Friday', '2026-03-06'],
    ['no later than Monday', '2026-03-09'],
    ['EOD tomorrow', '2026-03-03'],
    ['by end of week', '2026-03-06'],
    ['by the end of next week', '2026-03-13'],
    ['by the end of June', '2026-06-30'],
    ['by end of month', '2026-03-31'],
    ['by the end of Q2', '2026-06-30'],
    ['in two weeks', '2026-03-16'],
    ['within 30 days', '2026-04-01'],
    ['within 5 business days', '2026-03-09'],
    ['payment is due net 30', '2026-04-01'],
    ['on 15 May', '2026-05-15'],
    ['on May 15', '2026-05-15'],
    ['by the 20th', '2026-03-20'],
    ['by EOD', '2026-03-02'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('reads 1/15 month-first by default and 15/1 day-first when the writer looks British', () => {
    expect(due('by 1/15')).toBe('2027-01-15');
    expect(due('by 5/4')).toBe('2026-05-04');
    expect(due('by 5/4', true)).toBe('2026-04-05');
  });

  it('gives a time of day when one is stated', () => {
    expect(resolveDue('Thursday at 2pm', ny())).toMatchObject({ due: '2026-03-05', dueTime: '14:00' });
  });

  it('returns null for vague or missing dates', () => {
    for (const text of ['sometime next week', 'in April', 'soon', 'as soon as possible', 'the deck']) {
      expect(due(text)).toBeNull();
    }
  });

  // Days offered for the reader to choose (6 December 2026, midday): the gold set leaves them undated.
  it.each([
    'We could offer Tuesday 24 March at 15:00 CET or Wednesday 25 March at 09:00 CET.',
    'Thursday 3pm or Friday 10am both work for me.',
    "I'm free Monday 16 or Tuesday 17 March, all day.",
    'Would November 9 or 10 work?',
    'Could your tech come on 22 or 23 December?',
    'Would Tuesday 10th or Wednesday 11th in the morning be possible?',
  ])('reads no one day in the choice %j', (text) => {
    expect(due(text)).toBeNull();
  });

  it('still finds the deadline beside days offered', () => {
    expect(due('Thursday 3pm or Friday 10am works; please send the agenda by Wednesday 4 March.')).toBe(
      '2026-03-04',
    );
  });

  // A priced line's label names the day of the thing priced (6 December 2026, midday).
  it.each([
    'Networking reception on 6 October, 2 hours: € 9.800,00',
    'Deep clean of the ground floor, 6am–9am on the 18th: £540 + VAT.',
    '2 x 53 seater coaches, Macroom – Galway return, 8th October: €1,480 total incl. VAT.',
  ])('reads no day to pay by in the priced line %j', (text) => {
    expect(due(text)).toBeNull();
  });

  it('still reads a priced line that says when to pay', () => {
    expect(due('Deposit due 13 March: $500')).toBe('2026-03-13');
  });

  // A time accepted, then the link for it (6 December 2026, midday): the link has no day of its own.
  it.each([
    "Wednesday the 11th at 2pm works – I'll send a Zoom link.",
    'Thursday 12 March at 17:30 CET (8:30 Pacific) works well – I will send a Zoom link.',
    "Wednesday at 15:00 is fine - I'll send a Teams link.",
  ])('reads no day in %j', (text) => {
    expect(due(text)).toBeNull();
  });

  it('still dates a time proposed, and a link promised for a day of its own', () => {
    expect(due("Tuesday 10 March at 4pm would work well – I'll send the invite once you confirm.")).toBe(
      '2026-03-10',
    );
    expect(due("Friday works – I'll send the agenda by Wednesday 4 March.")).toBe('2026-03-04');
  });

  // The gold set's annotators leave "mid-April" undated 18 times to 1, as the guide's "in April".
  it('reads "mid-April" as no calendar day, and finds the real day beside it', () => {
    expect(due('by mid-April')).toBeNull();
    expect(due('until mid June')).toBeNull();
    expect(due('To keep the mid-March slot, I need your confirmation by 27 February.')).toBe('2027-02-27');
    expect(due('the pets should land no later than 20 March, the family flies in mid-March')).toBe(
      '2026-03-20',
    );
  });

  it('returns null for terms counted from a future event', () => {
    expect(due('within 14 days of your invoice')).toBeNull();
    expect(due('the balance is due net 45 after installation')).toBeNull();
  });

  it('keeps a past date when the text says it was due', () => {
    const ctx = dateContext('2026-05-04T09:00:00-07:00', 'America/Los_Angeles', false);
    expect(resolveDue('invoice #1042 was due on May 1 and is now overdue', ctx).due).toBe('2026-05-01');
  });

  it('resolves relative dates in the user time zone, not the sender offset', () => {
    // 23:30 in New York is already the next day in London.
    const sentAt = '2026-03-02T23:30:00-05:00';
    expect(resolveDue('tomorrow', dateContext(sentAt, 'America/New_York', false)).due).toBe('2026-03-03');
    expect(resolveDue('tomorrow', dateContext(sentAt, 'Europe/London', false)).due).toBe('2026-03-04');
  });

  it('does not read version numbers, 24/7 or "may" as dates', () => {
    expect(due('all pages must meet WCAG 2.1 AA')).toBeNull();
    expect(due('we offer 24/7 support')).toBeNull();
    expect(due('you may want to check')).toBeNull();
  });
});

describe('a day number without "the" or a month', () => {
  it('after a deadline word is that day of the month', () => {
    expect(resolveDue('I will finish everything by 12th and share a preview link', ny()).due).toBe(
      '2026-03-12',
    );
    expect(resolveDue("I'll revert by 18th", ny()).due).toBe('2026-03-18');
  });

  it('is no day when it counts something else', () => {
    expect(resolveDue('send the notes before 3rd round interviews', ny()).due).toBeNull();
  });
});

describe('a share of the price written as a fraction', () => {
  it('is no date', () => {
    expect(resolveDue('1/3 down to get on the schedule, 1/3 when posts are set', ny()).due).toBeNull();
  });

  it('a date written the same way still is one', () => {
    expect(resolveDue('Delivery on 1/3 at the latest', ny()).due).toBe('2027-01-03');
  });
});

describe('a measure or a size written as a fraction', () => {
  it.each([
    'Hem to 1/2" off the floor',
    'the 3/4” plywood back panel',
    'use 5/8 inch bolts',
    '4 cellos, 3/4 size, with soft cases',
    '12 violins (a mix of 1/2, 3/4 and full size)',
  ])('"%s" is no date', (text) => {
    expect(due(text)).toBeNull();
  });

  it('a date beside it is still read ("the 1/2" acrylic by Nov 9")', () => {
    expect(due('revised drawings with the 1/2" acrylic by Nov 9')).toBe('2026-11-09');
  });
});
