/**
 * A bare dated item names no one who owes it (issue 9, 5 December 2026, morning): in the message
 * of the side the thread shows being paid it is the writer's plan, in the buyer's an ask, and with
 * no billing in the thread the ask stays. Every message was written for this file. Sent Monday 2
 * March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, brief, message, thread } from './helpers';

const LATER = '2026-03-04T10:00:00-05:00';

function lastItems(first: string, firstFrom: typeof US, second: string, secondFrom: typeof US) {
  const input = thread([
    message(first, { id: 'm1', from: firstFrom }),
    message(second, { id: 'm2', from: secondFrom, sentAt: LATER }),
  ]);
  return extractThread(input)
    .expectations.filter((e) => e.messageId === 'm2')
    .map(brief);
}

describe('a bare dated item', () => {
  it("is the supplier's own plan in the supplier's message", () => {
    expect(
      lastItems(
        'Our invoice for the deposit is attached.',
        CLIENT,
        'Print-ready files by 9 June. Draft report by 13 March.',
        CLIENT,
      ),
    ).toEqual([
      ['deliverable', 'client', '2026-06-09'],
      ['deliverable', 'client', '2026-03-13'],
    ]);
  });

  it("is the supplier's own plan even after the reader's part ('after your feedback')", () => {
    expect(
      lastItems(
        "I'll invoice you at the end of each month.",
        US,
        'Draft report by 13 March after your feedback.',
        US,
      ),
    ).toEqual([['deliverable', 'us', '2026-03-13']]);
  });

  it("is the supplier's own plan when timed against the reader's event ('a week ahead of your launch')", () => {
    expect(
      lastItems(
        "I'll invoice you at the end of each month.",
        US,
        'Print-ready labels by Friday 6 March, a week ahead of your launch.',
        US,
      ),
    ).toEqual([['deliverable', 'us', '2026-03-06']]);
  });

  it("is the writer's when handed to the reader ('to you by'), whoever is paid (6 December 2026)", () => {
    expect(
      lastItems('Please send your invoice to ap@northwind.io.', US, 'Draft accounts to you by 9 March.', US),
    ).toEqual([['deliverable', 'us', '2026-03-09']]);
  });

  it("asks the reader in the buyer's message", () => {
    expect(
      lastItems('Please send your invoice to ap@northwind.io.', US, 'Print-ready files by 9 June.', US),
    ).toEqual([['request', 'client', '2026-06-09']]);
  });

  it('leaves an item that names who owes it to the rules', () => {
    const items = lastItems(
      'Our invoice for the deposit is attached.',
      CLIENT,
      'Print-ready files from you by 9 June please.',
      CLIENT,
    );
    expect(items).toEqual([['request', 'us', '2026-06-09']]);
  });
});

describe('with no billing in the thread', () => {
  it('a bare dated item stays an ask', () => {
    expect(lastItems('Good to meet you today.', CLIENT, 'Print-ready files by 9 June.', CLIENT)).toEqual([
      ['request', 'us', '2026-06-09'],
    ]);
  });
});

describe("what the buyer hands the supplier, in the supplier's message", () => {
  it.each([
    'Signed contract by March 10.',
    'Approval of the proofs by Thursday at noon.',
    'Final numbers by Friday.',
  ])('"%s" stays an ask', (sentence) => {
    const items = lastItems('Our invoice for the deposit is attached.', CLIENT, sentence, CLIENT);
    expect(items.map((b) => [b[0], b[1]])).toEqual([['request', 'us']]);
  });
});
