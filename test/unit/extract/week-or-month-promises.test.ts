/**
 * A promise for a week or a month but no day is the writer's deliverable with no due day (sixth
 * round of 7 December 2026). The date parser gives "next week" no day, and such a promise had
 * been dropped for want of one. Every line was written for this file. Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a promise for a week or a month', () => {
  it.each([
    ['Our finance team will raise a PO next week.', CLIENT, 'client'],
    ['Our procurement team will raise a PO this week.', CLIENT, 'client'],
    ['The signed waivers will follow next week.', CLIENT, 'client'],
    ['Our designer will share the Figma files early next week.', US, 'us'],
  ])('"%s" is a deliverable with no due day', (text, from, owner) => {
    expect(itemsOf(text, from).map(brief)).toEqual([['deliverable', owner, null]]);
  });
});

describe('a week or a month that promises nothing', () => {
  it.each([
    "I'll be in Boston next week.",
    'Our office is closed this week.',
    'The weather should improve later this month.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, US)).toEqual([]);
  });
});
