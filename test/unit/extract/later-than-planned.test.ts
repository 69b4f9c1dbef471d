/**
 * A later day said against the old one is drift on an item already agreed, not a new item (issue
 * 9, 6 December 2026, early morning), also as a line under a heading; a need corrected the same
 * way stays an ask. Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

const read = (text: string) => extractThread(one(text, { from: CLIENT }));

describe('a later day said against the old one', () => {
  it.each([
    'The second batch of tiles will only be ready on 13 April.',
    'The printer says the proofs will be ready on 25 March, not the 20th.',
  ])('"%s" is drift, not an item', (text) => {
    const found = read(text);
    expect(found.expectations).toEqual([]);
    expect(found.signals.map((s) => s.type)).toEqual(['drift']);
  });

  it('also as a line of a list of points', () => {
    const found = read(
      'Two points before we sign:\n\n1) Could you hold the price until the end of April?\n2) The site survey will only be ready on 20 March, our surveyor is ill.',
    );
    expect(found.expectations.map((e) => e.text)).not.toContain(
      'The site survey will only be ready on 20 March, our surveyor is ill.',
    );
  });

  it('but a need with its day corrected stays an ask', () => {
    expect(
      read('We need the signed plans by 9 March at the latest, not the 16th.').expectations,
    ).toMatchObject([{ kind: 'request', owner: 'us', due: '2026-03-09' }]);
  });
});
