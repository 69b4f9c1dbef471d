/**
 * A promise with the reader's condition after it, each with its own day: "We will start on 9
 * November if we receive the signed contract by 30 October", "We can do it next week if you
 * approve by Monday". Two items, as the blind annotators mark them: the writer's act, dated by
 * its own words, and the condition, which the reader owes by its day. Read as one, the item took
 * the condition's day and its side.
 */
import type { SuggestedExpectation } from '../core/expectation';
import { memoDue } from './lazyReadings';
import { trimmed } from './coordination';
import { classifyOnce, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { partItem } from './partItem';
import type { Span } from './types';

export const CONDITION_SPLIT_PATTERNS = {
  /**
   * " if we receive the signed contract by 30 October", " if you approve by Monday", " if the
   * deposit arrives by March 20": a condition the reader meets, with a deadline word. Group 1 is
   * the condition from "if".
   */
  readerCondition:
    /,? (if (?:we (?:receive|have|get)|you (?:can |could )?(?:approve|confirm|sign|send|return|pay|place|give us|get us|let us know)|the (?:[\w'-]{2,20} ){0,3}(?:arrives?|comes? in|is (?:confirmed|signed|approved|placed|received|paid)|are (?:confirmed|signed|approved|placed|received|paid)))\b[^,;!?]{0,60}?\b(?:by|before|no later than) [^,;!?]{2,40})/i,
} as const;

/** The writer's act and the reader's condition as two items, or null when the clause is not of that shape. */
export function splitReaderCondition(
  ctx: MessageContext,
  e: SuggestedExpectation,
  span: Span,
): SuggestedExpectation[] | null {
  const clause = ctx.norm.slice(span.start, span.end);
  if (!clause.includes(' if ')) return null;
  const m = CONDITION_SPLIT_PATTERNS.readerCondition.exec(clause);
  if (!m || m.index < 8) return null;
  const act = trimmed(ctx.norm, span.start, span.start + m.index);
  const condition = trimmed(ctx.norm, span.start + m.index + m[0].indexOf(m[1]!), span.end);
  if (!act || !condition) return null;
  const actText = ctx.norm.slice(act.start, act.end);
  const actCls = classifyOnce(ctx, actText, findMoney(actText, ctx.home).length > 0);
  // Only the writer's own act: "the price stands if …" or an ask keeps one item.
  if (actCls?.frame !== 'commit') return null;
  const dueOf = memoDue(ctx);
  const conditionDue = dueOf(ctx.norm.slice(condition.start, condition.end));
  if (conditionDue.due === null) return null;
  const piece = (part: Span, kind: SuggestedExpectation['kind'], owner: SuggestedExpectation['owner']) => {
    const text = ctx.norm.slice(part.start, part.end);
    return partItem(ctx, e, part, {
      kind,
      owner,
      due: dueOf(text),
      amount: findMoney(text, ctx.home)[0]?.money ?? null,
    });
  };
  return [piece(act, actCls.kind, ctx.sides.writer), piece(condition, 'request', ctx.sides.reader)];
}
