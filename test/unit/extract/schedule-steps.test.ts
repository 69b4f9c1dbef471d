/**
 * Steps of a schedule written as labelled lines (issue 9): "Your proof sign-off: Tuesday 27
 * October" is the reader's step, "Print and enclose: w/c 2 November" the writer's, not an order
 * to print. Every message was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

describe('a schedule of labelled steps', () => {
  it("binds 'Your …:' to the reader and a verb label to the writer", () => {
    const found = extractThread(
      one(
        'Hi Dana,\n\nSchedule to hit the mailing date:\n- Proofs to you: Friday 6 March\n- Your proof sign-off: Tuesday 10 March\n- Print and pack: Monday 16 March\n\nBest,\nSam',
        { from: CLIENT },
      ),
    ).expectations;
    expect(found.map((e) => [e.text, e.kind, e.owner, e.due])).toEqual([
      ['Proofs to you: Friday 6 March', 'deliverable', 'client', '2026-03-06'],
      ['Your proof sign-off: Tuesday 10 March', 'request', 'us', '2026-03-10'],
      ['Print and pack: Monday 16 March', 'deliverable', 'client', '2026-03-16'],
    ]);
  });

  it('still reads an order to print as an order', () => {
    const found = extractThread(
      one('Hi Dana,\n\nPrint the flyers by Friday please.\n\nSam', { from: CLIENT }),
    ).expectations;
    expect(found.map((e) => [e.kind, e.owner])).toEqual([['request', 'us']]);
  });
});
