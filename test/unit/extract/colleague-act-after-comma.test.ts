/**
 * A colleague's act after a comma starts a clause of its own (issue 9, 4 December 2026, night).
 * Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, itemsOf } from './helpers';

describe("a colleague's act after a comma", () => {
  it('is read on its own after a clause of some words', () => {
    const found = itemsOf(
      'All fine with the noise limit, our sound engineer Ray will bring a meter on the night.',
      CLIENT,
    );
    expect(found.map((e) => [e.kind, e.owner, e.text])).toEqual([
      ['deliverable', 'client', 'our sound engineer Ray will bring a meter on the night.'],
    ]);
  });

  it('keeps the time that opens it', () => {
    const found = itemsOf(
      'Starting tomorrow, our supervisor Dwayne will check the loading bay every night.',
      CLIENT,
    );
    expect(found.map((e) => [e.owner, e.due])).toEqual([['client', '2026-03-03']]);
  });
});
