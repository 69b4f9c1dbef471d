/**
 * An item re-cut to a part of its clause (a conjunct, a condition), with the part's own kind,
 * owner, due date and amount: splitOnDates.ts and conditionSplit.ts both cut items this way.
 */
import type { Money, SuggestedExpectation } from '../core/expectation';
import type { DueDate } from './dates';
import { original, type MessageContext } from './messageContext';
import type { Span } from './types';

export function partItem(
  ctx: MessageContext,
  whole: SuggestedExpectation,
  part: Span,
  own: {
    kind: SuggestedExpectation['kind'];
    owner: SuggestedExpectation['owner'];
    due: DueDate;
    amount: Money | null;
  },
): SuggestedExpectation {
  const at = original(ctx, part);
  const { dueTime: _, ...rest } = whole;
  const item: SuggestedExpectation = {
    ...rest,
    kind: own.kind,
    owner: own.owner,
    text: ctx.message.text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    due: own.due.due,
    amount: own.amount,
  };
  if (own.due.dueTime) item.dueTime = own.due.dueTime;
  return item;
}
