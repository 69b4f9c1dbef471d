/**
 * Advice with no day and no sum asks nothing of the reader (issue 9, 6 December 2026, afternoon):
 * the tuning part annotates 3 of 43 such sentences. Every sentence was written for this file.
 * Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { undatedSuggestion } from '../../../src/extract/suggestions';
import { itemsOf, US } from './helpers';

describe('a suggestion with no day', () => {
  it.each([
    "I'd suggest a short walkthrough of the draft with your finance lead.",
    "I'd recommend we go with the thicker board.",
    'We would suggest 2.5 mm for the hinges.',
  ])('"%s" only advises', (text) => {
    expect(undatedSuggestion(text)).toBe(true);
    expect(itemsOf(text, US)).toEqual([]);
  });

  it.each([
    "I'd suggest we start on Thursday 12 March.",
    "I'd propose delivering on 23/3 by noon.",
    "I'd recommend the quarterly plan at £240 a visit.",
    "We'd propose paying half now and half on delivery.",
    "I'd suggest a site visit - could you book one for next week?",
    'I would suggest that you find a day over the next few weeks to meet our CFO.',
    "I'd suggest we set up a follow-up meeting once the audit is done.",
  ])('keeps a day, a sum, a payment or an ask: "%s"', (text) => {
    expect(undatedSuggestion(text)).toBe(false);
  });
});
