/**
 * A price offered on a condition is an offer the ledger keeps (issue 9, 5 December 2026, late
 * morning): "If you add a fifth carton I can do $49.50 per bottle". The condition's own deadline
 * ("if you order by 30 June") is the offer's, not a day the price is due. Other conditional
 * sentences still promise nothing. Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf } from './helpers';

describe('a price offered on a condition', () => {
  it("is the writer's price, which the reader would pay", () => {
    const [item, ...rest] = itemsOf('If you add a fifth carton I can do $49.50 per bottle.');
    expect(rest).toEqual([]);
    expect([item?.kind, item?.owner, item?.due, item?.amount]).toEqual([
      'payment',
      'us',
      null,
      { value: 49.5, currency: 'USD' },
    ]);
  });

  it("has no due date from the condition's deadline", () => {
    const items = itemsOf(
      'If you order both systems by 30 June, we can offer 6% on the equipment, bringing the total to EUR 54,531.00 net.',
    );
    expect(items.map((e) => [e.kind, e.due, e.amount])).toEqual([
      ['payment', null, { value: 54531, currency: 'EUR' }],
    ]);
  });

  it('leaves other conditional sentences promising nothing', () => {
    expect(itemsOf("If the budget allows, we'll add a second shoot for $400.")).toEqual([]);
  });

  // Changed on 5 December 2026 (evening): a condition the reader meets by a day, then the writer's
  // act, is the writer's promise (the annotators of the blind parts mark it so; see
  // promise-and-readers-condition.test.ts). It was read as committing to nothing before.
  it("keeps a promise made on the reader's dated condition", () => {
    expect(itemsOf('If you sign by Friday we can start on Monday.').map(brief)).toEqual([
      ['deliverable', 'client', '2026-03-09'],
    ]);
  });
});
