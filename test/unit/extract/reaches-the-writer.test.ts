/**
 * A thing of the reader's that must reach the writer by a day is the reader's request
 * (classifyPatterns.ts `reachesWriter`). Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, kindsOf } from './helpers';

describe('a thing due at the writer’s by a day', () => {
  it.each([
    [
      'Quotations have to reach us by 5pm on Friday 13 March, as the council meets on 17 March.',
      '2026-03-13',
    ],
    ['The quote should reach me by Friday 13 March, as our board meets on the 17th.', '2026-03-13'],
    ['Anything needing their approval should reach me by 24 March.', '2026-03-24'],
  ])('%j is asked of the reader', (text, day) => {
    expect(kindsOf(text, US)).toEqual([['request', 'client', day]]);
    expect(kindsOf(text, CLIENT)).toEqual([['request', 'us', day]]);
  });

  it.each(["I've ordered a new cable from Matrix; it should reach us by Friday."])(
    '%j forecasts a thing and asks nothing',
    (text) => {
      expect(kindsOf(text, US).filter(([kind]) => kind === 'request')).toEqual([]);
    },
  );
});
