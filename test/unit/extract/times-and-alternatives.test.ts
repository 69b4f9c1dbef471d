/**
 * Due dates that are no deadline (issue 9): a time of day alone sets no day, with "by" as well
 * (third round of 7 December 2026: the gold set dates about 4 of 105 such clauses, said for a day
 * named elsewhere); two full dates offered as alternatives leave the choice to the reader.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { dateContext, resolveDue } from '../../../src/extract/dates';
import { pricedLine } from '../../../src/extract/prices';

/** Monday 13 April 2026, 09:00 in London. */
const ctx = dateContext('2026-04-13T09:00:00+01:00', 'Europe/London', () => true);
const due = (text: string) => resolveDue(text, ctx).due;

describe('times of day', () => {
  it.each([
    'The crew needs access from 7am.',
    'No deliveries after 18:00, please.',
    'Bar service 19:00–23:30: £1,450',
    'Could you start at 6:15pm?',
    'Please send it over by 3pm.',
    'The install must be finished by 16:00.',
  ])('%j names no day', (text) => {
    expect(due(text)).toBeNull();
  });

  it('keeps a time on a named day, and "today" with a time', () => {
    expect(due('Please send it over by 3pm today.')).toBe('2026-04-13');
    expect(due('See you on Friday at 10am.')).toBe('2026-04-17');
  });
});

describe('alternatives written as full dates', () => {
  it.each([
    'Could we visit on Tuesday 21 April or Wednesday 22 April, in the morning?',
    'Thursday 16 April or Friday 17 April in the afternoon would suit us.',
  ])('%j leaves the choice open', (text) => {
    expect(due(text)).toBeNull();
  });
});

it('reads a priced line whose label holds a time of day', () => {
  expect(pricedLine('Stage manager, 08:00–20:00: € 540,00')).toBe(true);
});

it('counts the terms of a bill sent now from the sent day', () => {
  expect(due('Invoice for €2,480.00 incl. VAT is attached, 30 days.')).toBe('2026-05-13');
  expect(due('The deposit invoice (30%, € 1.200) is attached, payment term 14 days.')).toBe('2026-04-27');
  expect(due('Our invoice will follow, 30 days.')).toBeNull();
  // …said as N-day terms or "the usual N days", and after a count of days billed.
  expect(due('Invoice 4410 is attached, 14-day terms.')).toBe('2026-04-27');
  expect(due('My April invoice is attached, payable within your usual 14 days.')).toBe('2026-04-27');
  expect(due('My invoice for April (2 days at £450) is attached, the usual 30 days.')).toBe('2026-05-13');
});

// A repeating item with its first occurrence named is due on that day, not on the next
// occurrence after the sent day (Monday 13 April 2026).
describe('a repeating item that names its start', () => {
  it.each([
    ['Timesheets reach us by the 20th of each month, starting 20 May.', '2026-05-20'],
    ['We need the headcount by noon every Wednesday, starting 6 May.', '2026-05-06'],
    ['Weekly check-ins on Thursdays at 09:30, beginning Thursday 30 April.', '2026-04-30'],
  ])('%j is due on its first occurrence', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it('but a start named by its month alone dates nothing of itself', () => {
    expect(due('Please quote for quarterly servicing starting June.')).toBeNull();
  });
});

// "on the 4th floor", "by the 12th tee": an ordinal that counts floors or holes, not a day.
it('reads no day in a floor or a tee', () => {
  expect(due('The files will be ready in the meeting room on the 3rd floor.')).toBeNull();
  expect(due('Please park by the 12th tee.')).toBeNull();
  expect(due('We will deliver on the 3rd.')).toBe('2026-05-03');
});

// "the night of <day>" names the day, whatever time range follows it.
describe('a part of the day said of a date', () => {
  it.each([
    ['Cut-over: night of Thursday 23 April, 22:00–02:00', '2026-04-23'],
    ['We will swap the servers on the night of 24 April.', '2026-04-24'],
    ['The crew can load in from the morning of Monday 27 April.', '2026-04-27'],
    ['Could you join us on the evening of May 6?', '2026-05-06'],
    ['Drinks are on the afternoon of Thursday 30 April, 16:00-18:00.', '2026-04-30'],
    // Sixth round of 7 December 2026: "… afternoon on <day>" (chrono read today's afternoon).
    ['Your zorbing afternoon on Thursday 21 May is confirmed.', '2026-05-21'],
    ['We run the tasting evening on Friday 8 May from 7pm.', '2026-05-08'],
  ])('%j is due that day', (text, day) => {
    expect(due(text)).toBe(day);
  });
});

// Sixth round of 7 December 2026: a date that names its month, said before a bare day number,
// is the clause's day; the day number after it names another event (monthFirst.ts).
describe('a full date before a bare day number', () => {
  it.each([
    ['We could install on Sunday 24 May, before your team moves in on the 25th.', '2026-05-24'],
    ['Our trucker will deliver the empties on 5 June for loading on the 6th.', '2026-06-05'],
    ["We'll ship everything to arrive on Friday 8 May, ahead of your parade on the 11th.", '2026-05-08'],
  ])('%j is due on the first', (text, day) => {
    expect(due(text)).toBe(day);
  });

  // One date read twice ("by 4:45 pm on Saturday" inside "… Saturday the 25th") is that date.
  it.each([
    ['Could the group be at the gate by 4:45 pm on Saturday the 25th?', '2026-04-25'],
    ['Lockout will be done by our lead by 6:30 on Monday the 27th.', '2026-04-27'],
    ['24 litres every Thursday, first delivery Thursday 30 April.', '2026-04-30'],
  ])('%j is due on the day it names', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it.each([
    ['The inspector comes on the 23rd and we should have it ready by May 1.', '2026-05-01'],
    ['We record on the 2nd, files in the drive by the 4th.', '2026-05-04'],
  ])('%j keeps its deadline', (text, day) => {
    expect(due(text)).toBe(day);
  });
});

// Sixth round of 7 December 2026: a day number said with its weekday is the first such day that
// falls on that weekday (ordinalDay.ts). Written Monday 13 April 2026.
describe('a day number with its weekday', () => {
  it.each([
    ["You'll have it back Thursday the 14th by 5pm.", '2026-05-14'],
    ['Could we meet on Saturday the 16th?', '2026-05-16'],
    ['We deliver on Saturday the 18th.', '2026-04-18'],
    ['Please send it by the 20th.', '2026-04-20'],
  ])('%j is due %s', (text, day) => {
    expect(due(text)).toBe(day);
  });
});
