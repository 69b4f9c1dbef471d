/**
 * The reader asked to move their own item to a new day ("Could you push commissioning to Tuesday
 * 11 November?") is drift about that item, not a new request (issue 9, 6 December 2026, last
 * round). Only a day after "to" counts: moving someone to other terms is a request of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { brief, CLIENT, one } from './helpers';

const read = (text: string) => extractThread(one(text, { from: CLIENT }));

describe('the reader asked to move their item', () => {
  it.each([
    ['Could you push commissioning to Wednesday 11 November?', '2026-11-11'],
    ['Our lawyers have to read it first, so could you extend the hold to 24 October?', '2026-10-24'],
    ['Could you bring the start forward to Friday 29 January?', '2027-01-29'],
    ['Also, can you push the start to June 9?', '2026-06-09'],
    ["Could you move the teachers' training to Tuesday 7 April at 3:45?", '2026-04-07'],
  ])('"%s" is drift to %s, not a request', (text, newDue) => {
    const { expectations, signals } = read(text);
    expect(expectations).toEqual([]);
    expect(signals.map((s) => [s.type, s.owner, s.newDue])).toEqual([['drift', 'us', newDue]]);
  });

  it.each([
    ['Last thing, can you move us to monthly invoicing instead of weekly?'],
    ['Could you bring it down to CA$22,000 by dropping the trailer?'],
    ['Could you bring the samples to our office on 12 March?'],
  ])('"%s" is still a request', (text) => {
    expect(read(text).expectations.map(brief)[0]?.slice(0, 2)).toEqual(['request', 'us']);
  });
});
