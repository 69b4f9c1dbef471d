/**
 * Promises in the present tense with a day, as writers whose first language is not English often
 * put them (issue 9, 4 December 2026, night). Every sentence was written for this file. Sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, kindsOf, US } from './helpers';

describe('a first-person present-tense promise with a day binds the writer', () => {
  it.each([
    ['I send you the signed offer tomorrow.', 'deliverable', '2026-03-03'],
    ['The samples we ship on Friday by courier.', 'deliverable', '2026-03-06'],
    ['The corrected drawings I deliver next Wednesday.', 'deliverable', '2026-03-11'],
    ['We transfer the deposit back to your account on 10 March.', 'payment', '2026-03-10'],
  ])('"%s"', (sentence, kind, due) => {
    expect(kindsOf(sentence, CLIENT)).toEqual([[kind, 'client', due]]);
    expect(kindsOf(sentence, US)).toEqual([[kind, 'us', due]]);
  });
});

describe('but not', () => {
  it.each([
    'When we send the invoice on Friday, please check the PO number.',
    'If we ship on Friday, it arrives Monday.',
    'Do we send the files on Friday?',
    'We sent the samples on Friday.',
    'Just so you know, we deliver Monday to Friday between 8am and 4pm.',
    'Every month we send the usage report on the 1st.',
    "I do apologise for missing Friday's call.",
    'Since we transfer all our accounts to the new bank on 1 April, please update your records.',
    'Your colleague says we deliver on Friday, but our schedule shows Monday.',
    'I book my annual leave for 6–10 April.',
  ])('"%s" as a promise of the writer', (sentence) => {
    expect(kindsOf(sentence, CLIENT).filter((k) => k[0] === 'deliverable' && k[1] === 'client')).toEqual([]);
  });
});
