/**
 * An ask with its own day, then what the writer's side will do with it by a later day (issue 9,
 * the round of 6 December 2026, evening). Sentences written for this file; sent Monday 2 March
 * 2026.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, kindsOf, US } from './helpers';

describe('an ask, then what the writer will do with it by a later day', () => {
  it("is the reader's ask and the writer's act, each with its own day", () => {
    expect(
      kindsOf(
        'We need the signed floor plan by Friday 13 March to have the units built and installed by 24 April.',
        US,
      ),
    ).toEqual([
      ['request', 'client', '2026-03-13'],
      ['deliverable', 'us', '2026-04-24'],
    ]);
    expect(
      kindsOf(
        "I'd need your logo files by 10 March at the latest to deliver the proofs by 20 March.",
        CLIENT,
      ),
    ).toEqual([
      ['request', 'us', '2026-03-10'],
      ['deliverable', 'client', '2026-03-20'],
    ]);
  });

  it('stays one ask when the purpose has no day of its own', () => {
    expect(
      kindsOf('We need the signed floor plan by Friday 13 March to get the order into production.', US),
    ).toEqual([['request', 'client', '2026-03-13']]);
  });
});
