/**
 * Things on their way said without a verb of sending (issue 9, 5 December 2026, evening): "PO
 * 1187 to follow today", "Signed T&Cs to follow tomorrow", "Guest list to follow nearer the
 * time", "Test reports will be shared before bulk cutting", "Each cut will be back with you
 * within 3 working days of upload". The writer's side hands them over. Every line was written for
 * this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

describe('a thing to follow, or shared, or back with the reader', () => {
  it.each([
    ['PO 4471 to follow from our buyer, Maeve, today.', '2026-03-02'],
    ['Signed T&Cs to follow tomorrow from our legal team.', '2026-03-03'],
    ['Seating plan to follow nearer the time.', null],
    ['Lab certificates will be shared before the first pour.', null],
    ['Each edited episode will be back with you within 3 working days of upload.', null],
  ])('"%s" is the writer’s deliverable (due %s)', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it.each([
    'The house rules to follow are on the back of the pass.',
    'The survey results will be shared with all staff.',
  ])('"%s" hands nothing to the reader', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });
});
