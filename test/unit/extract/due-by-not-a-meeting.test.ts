/**
 * A day something is due by is not a time to meet (issue 9, 5 December 2026, afternoon): "Drawings
 * by Friday would be ideal" and "Would be great to have the quote by Thursday" ask for a thing,
 * while "Thursday at 3pm would be ideal" still offers a time. Every line was written for this
 * file. Sent Monday 2 March 2026 in New York, by the client.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

describe('a time that suits', () => {
  it.each([
    ['Drawings by Friday would be ideal.', ['request', 'us', '2026-03-06']],
    ['Would be great to have the quote by Thursday.', ['request', 'us', '2026-03-05']],
  ] as const)('"%s" is due by a day, not a meeting', (text, item) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([item]);
  });

  it('but a day offered to meet is a meeting', () => {
    expect(itemsOf('Thursday at 3pm would be ideal for the call.', CLIENT).map((e) => e.kind)).toEqual([
      'meeting',
    ]);
  });
});
