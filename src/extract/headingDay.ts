/**
 * The day a list heading lends the lines under it: its deadline ("I'll need these from you by
 * February 13:", "… within 10 working days:") or the day its order is delivered ("Our first order,
 * for Friday 23 January:", "Standing order, Mondays and Fridays from 7 September:"). An order's day
 * is the day its goods are wanted, not a deadline for its prices: a priced line under it ("- 20 x
 * sourdough loaves: £3.20 each") takes no day, as the annotators write all 38 such lines of the
 * tuning part (8 December 2026); a deadline still dates every line ("Please pay these by Friday:").
 */
import type { ExpectationKind } from '../core/expectation';
import { resolveDue, type DateContext } from './dates';
import { LIST_PATTERNS } from './listPatterns';
import type { ListHeading } from './lists';
import { withoutNonDeadlines } from './nonDeadlines';

/** The day an order is delivered, named in a heading (`orderDay`), unless it looks back or is a habit. */
function orderDayIn(text: string): RegExpExecArray | null {
  const P = LIST_PATTERNS;
  return P.pastOrder.test(text) || P.habitualDay.test(text) ? null : P.orderDay.exec(text);
}

/** The heading's words its lines may take a due date from (its deadline or order day onwards), or ''. */
function headingDateText(heading: ListHeading, kind: ExpectationKind): string {
  // "Prices below, valid until 30 September:": how long the offer stands, not when lines are due.
  const text = withoutNonDeadlines(heading.text);
  const by = LIST_PATTERNS.deadlineWord.exec(text);
  const order = kind === 'payment' ? null : orderDayIn(text);
  // The first of the two: "for delivery on Thursday 22 January before 10:00" is due on its day.
  const deadline = by && order ? (order.index < by.index ? order : by) : (by ?? order);
  return deadline ? text.slice(deadline.index) : '';
}

/** The day the heading lends a line of this kind, read once per heading (and once for priced lines). */
export function headingDueFor(
  heading: ListHeading,
  kind: ExpectationKind,
  dates: DateContext,
): string | null {
  const read = () => ({ due: resolveDue(headingDateText(heading, kind), dates).due });
  return kind === 'payment' ? (heading.paymentDue ??= read()).due : (heading.due ??= read()).due;
}
