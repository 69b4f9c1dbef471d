/**
 * A payment schedule in one sentence is one item (annotation guide, "One item or several"):
 * "We need a 30% deposit of $2,682 by April 17, and the balance is due 7 days before the event",
 * "Our invoice for £4,360 is attached; a 40% deposit is payable now and the balance before
 * dispatch". A later payment clause of the same sentence, owed by the same side and naming no
 * sum of its own, is a term of the first, not a new item, and lends it its date when the first
 * has none ("Invoice 1038 is attached; payment due net 30"). One with its own sum stays apart
 * ("the fee is $5,000, and hosting is $40 a month").
 */
import type { Placed } from './meetings';

export function mergePaymentSchedules(items: Placed[]): Placed[] {
  const kept: Placed[] = [];
  for (const b of items) {
    const a = kept[kept.length - 1];
    const term =
      a !== undefined &&
      a.sentence === b.sentence &&
      a.expectation.kind === 'payment' &&
      b.expectation.kind === 'payment' &&
      b.expectation.amount === null &&
      a.expectation.owner === b.expectation.owner;
    if (!term) kept.push(b);
    // "Invoice 1038 is attached; payment due net 30": the term's date is the payment's.
    else if (a.expectation.due === null && b.expectation.due !== null) {
      a.expectation.due = b.expectation.due;
      if (b.expectation.dueTime) a.expectation.dueTime = b.expectation.dueTime;
    }
  }
  return kept;
}
