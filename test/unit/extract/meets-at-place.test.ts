/**
 * The writer's side meeting the reader's people at a place, to let them in or show them round, is
 * the writer's deliverable (issue 9, eighth round of 7 December 2026), as the blind annotators
 * write it; it was typed a meeting, and the intent model sometimes read it as the reader's ask.
 * Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { meetsReaderAtPlace } from '../../../src/extract/meetsAtPlace';
import { US, brief, itemsOf } from './helpers';

describe("the writer's people meeting the reader's at a place", () => {
  it.each([
    [
      'Our caretaker, Lena Holt, will meet you at the side gate at 7:30 on Thursday with the keys.',
      '2026-03-05',
    ],
    ["She'll meet your crew at the loading bay at 6am on the 12th.", '2026-03-12'],
    ['Pavel will meet you at the north entrance on Wednesday and unlock the plant room.', '2026-03-04'],
  ])('"%s" is the writer\'s deliverable (due %s)', (text, due) => {
    expect(meetsReaderAtPlace(text)).toBe(true);
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });
});

describe('what stays a meeting or is no such sentence', () => {
  it.each([
    'I will meet you for a coffee at the station café on Thursday to discuss the plans.',
    'Could you meet us at the site on Friday?',
    'We will meet you at 10 on Thursday.',
    'Our director will meet you halfway on the price.',
  ])('"%s" is not read so', (text) => {
    expect(meetsReaderAtPlace(text)).toBe(false);
  });
});

describe('a tasting or a trial offered at a time is a meeting proposed to the reader', () => {
  it('"We can do a tasting next Tuesday at 1pm" is the client\'s meeting, not the writer\'s work', () => {
    expect(itemsOf('We can do a tasting next Tuesday at 1pm.', US).map(brief)).toEqual([
      ['meeting', 'client', '2026-03-10'],
    ]);
  });

  it('"I\'ll meet you at your office on Tuesday 10 March at 2pm" is a visit, a meeting', () => {
    expect(meetsReaderAtPlace("I'll meet you at your office on Tuesday 10 March at 2pm.")).toBe(false);
  });
});
