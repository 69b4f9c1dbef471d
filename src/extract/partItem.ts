/**
 * An item re-cut to a part of its clause (a conjunct, a condition), with the part's own kind,
 * owner, due date and amount: splitOnDates.ts and conditionSplit.ts both cut items this way.
 */
import type { Money, SuggestedExpectation } from '../core/expectation';
import type { DueDate } from './dates';
import { original, type MessageContext } from './messageContext';
import { findMoney } from './money';
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

/**
 * A part read on its own: its due date by `dueOf` and its first sum, or `amount` when it names
 * none (conditionSplit.ts, purposeSplit.ts).
 */
export function ownPart(
  ctx: MessageContext,
  whole: SuggestedExpectation,
  part: Span,
  side: { kind: SuggestedExpectation['kind']; owner: SuggestedExpectation['owner'] },
  dueOf: (text: string) => DueDate,
  amount: Money | null = null,
): SuggestedExpectation {
  const text = ctx.norm.slice(part.start, part.end);
  return partItem(ctx, whole, part, {
    ...side,
    due: dueOf(text),
    amount: findMoney(text, ctx.home)[0]?.money ?? amount,
  });
}
