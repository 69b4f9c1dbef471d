/**
 * A read-only reviewer's probes of the third round of 7 December 2026: each of these misfired on
 * the round's first version of its rules (go-aheads, prohibitions, a payer's habits, work offered
 * by a name, documents named by their date, other languages, payment terms). Sent Monday 2 March
 * 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, brief, itemsOf, one } from './helpers';

describe('asks that a go-ahead does not swallow', () => {
  it.each([
    ['Please proceed with the payment of invoice 1042.', 'client'],
    ['Kindly proceed with the payment of the outstanding balance.', 'client'],
    ['Please go ahead with the booking and send the deposit within 7 days.', 'client'],
    ['Please proceed with the signature of the contract by end of month.', 'client'],
  ])('"%s" still asks the reader', (text) => {
    expect(itemsOf(text, US)).not.toEqual([]);
  });
});

describe('remarks that are no rule', () => {
  it.each([
    'No one can find the signed copy.',
    'Nobody can start before the permit is granted.',
    'No changes from me, all good.',
    'No changes in scope since the last quote.',
    'No files in the shared folder so far.',
  ])('"%s" sets no standard', (text) => {
    expect(itemsOf(text).map((e) => e.kind)).not.toContain('standard');
  });
});

describe('what is no payment term', () => {
  it.each([
    'Our policy is 30 days notice for cancellations.',
    'Our standard is 10 days turnaround on drafts.',
    'The company pays for flights and hotels.',
  ])('"%s" is no payment', (text) => {
    expect(itemsOf(text).map((e) => e.kind)).not.toContain('payment');
  });

  it('"Do you need payment in advance?" stays a question to the reader', () => {
    expect(itemsOf('Do you need payment in advance?', US).map((e) => e.kind)).not.toContain('payment');
  });
});

describe('no work offered by a rule or by other people', () => {
  it.each([
    'Nobody can deliver before Monday 9 March.',
    'Couriers can collect from the loading bay on Friday 6 March.',
  ])('"%s" is no deliverable of the writer’s', (text) => {
    expect(itemsOf(text, US).map(brief)).not.toContainEqual(['deliverable', 'us', expect.anything()]);
  });
});

describe('events still ahead keep their day', () => {
  it.each([
    ['Please send the deck ahead of our call of Thursday 12 March.', '2026-03-12'],
    ['Please have the drawings ready for the site visit of 20 March.', '2026-03-20'],
  ])('"%s" is due %s', (text, due) => {
    expect(extractThread(one(text, { from: CLIENT })).expectations.map((e) => e.due)).toContain(due);
  });
});
