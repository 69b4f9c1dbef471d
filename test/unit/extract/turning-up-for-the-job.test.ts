/**
 * Turning up at the reader's place for the job is the writer's deliverable (annotation guide:
 * "The crew will be there at 7:30 on Monday the 18th"). Sixth round of 7 December 2026: a time
 * window ("between 10 and 11am") counts like a clock time, and the reader's entrance, loading bay,
 * dock, gate or farm like their site. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { US, brief, itemsOf } from './helpers';

describe('turning up for the job in a time window or at a door of the reader', () => {
  it.each([
    ['Our truck will be at your service entrance between 10 and 11am on Tuesday 14 April.', '2026-04-14'],
    ['They will be at your loading bay between 9:00 and 11:00 tomorrow.', '2026-03-03'],
    ["He'll be at your back lane between 5:45 and 6:00 on Friday.", '2026-03-06'],
    ['Our driver will be at your loading dock on Thursday 5 March.', '2026-03-05'],
  ])('"%s" is the writer\'s deliverable due %s', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });
});

describe('where someone is, with no job at the reader', () => {
  it.each([
    "I'll be at home between 2 and 4 on Friday if you want to call.",
    'Our CEO will be in Lisbon between 10 and 14 March.',
    'Sam will be at the airport between 9 and 10am on Friday.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, US).map((e) => e.kind)).not.toContain('deliverable');
  });
});

describe('a place named with accents, or a vehicle sent to it', () => {
  it.each([
    ['Tiago will be at Praça de Parada Leitão at 13:50 and 16:50 on Thursday 5 March.', '2026-03-05'],
    ['Our minibus will be at Hasle-Rüegsau station at 9:15 on 18 March.', '2026-03-18'],
    ['The coach will be outside the Clarion Hotel at 8:45 on 25 March.', '2026-03-25'],
  ])('"%s" is the writer\'s deliverable due %s', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });
});
