import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../../src/extract/recurrence';

describe('recurrence', () => {
  it.each([
    ['every Friday', { freq: 'weekly', interval: 1, byWeekday: ['FR'] }],
    ['weekly on Mondays', { freq: 'weekly', interval: 1, byWeekday: ['MO'] }],
    ['every two weeks', { freq: 'weekly', interval: 2 }],
    ['every other week on Tuesday', { freq: 'weekly', interval: 2, byWeekday: ['TU'] }],
    ['monthly', { freq: 'monthly', interval: 1 }],
    ['quarterly', { freq: 'monthly', interval: 3 }],
    ['$4,000 a month', { freq: 'monthly', interval: 1 }],
    ['every day', { freq: 'daily', interval: 1 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseRecurrence(text)).toEqual(expected);
  });

  it('finds none in one-off items', () => {
    expect(parseRecurrence("I'll send it in a day or two")).toBeNull();
    expect(parseRecurrence('by Friday')).toBeNull();
  });
});
