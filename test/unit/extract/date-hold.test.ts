/**
 * A date held for the reader until a day is the writer's deliverable with no due day (annotation
 * guide, third round of 7 December 2026): "We can hold 19 June for you until 30 April". Before,
 * "can hold" and "holding" were read as nothing, and "I'll hold 4 July for you until Friday 12
 * June" was due on the hold's last day. Every line was written for this file. Sent Monday 2 March
 * 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { holdsDate } from '../../../src/extract/dateHold';
import { US, brief, itemsOf } from './helpers';

describe('a date held for the reader', () => {
  it.each([
    'We can hold 19 June for you until 30 April.',
    "I'll hold 4 July for you until Friday 27 March.",
    "We're holding December 11 for you until Friday, October 30.",
    'I can hold the booking until Friday 20 March.',
  ])('"%s" is the writer’s deliverable with no day', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', null]]);
  });
});

describe('what is no hold of the writer’s', () => {
  it.each([
    'Could you hold the date until Wednesday 10 June?',
    'We have another piper holding the date until then.',
    'Please hold 12 June for us until we hear from the venue.',
  ])('"%s"', (text) => {
    expect(holdsDate(text)).toBe(false);
  });
});
