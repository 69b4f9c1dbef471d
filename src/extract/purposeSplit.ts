/**
 * An ask with its own day, then what the writer's side will do with it by a later day: "I'd need
 * the wording by Friday 16 October at the latest to have it framed and with you by 24 November",
 * "We would need the workpapers by 12 September to have our written view with you by 10
 * October". Two items, as the blind annotators mark them (4 of the 5 such sentences in the gold
 * set's tuning part): the reader's ask, due on its day, and the writer's act, due on the later
 * one. Read as one, the writer's promise was lost inside the ask.
 */
import type { SuggestedExpectation } from '../core/expectation';
import { trimmed } from './coordination';
import { memoDue } from './lazyReadings';
import type { MessageContext } from './messageContext';
import { ownPart } from './partItem';
import type { Span } from './types';

export const PURPOSE_SPLIT_PATTERNS = {
  /**
   * The ask's deadline word and its day (group 1 ends there), then "to" and an act of making or
   * handing over with a day of its own (group 2). The day is up to four words, without a comma.
   */
  askThenPurpose:
    /^(.{8,200}?\b(?:by|before|no later than) (?:[\w'/-]{1,12} ){0,3}[\w'/-]{1,12}(?:,? (?:at the latest|latest))?) (to (?:have|deliver|get|ship|send|finish|complete|install|return|dispatch|print|make)\b[^;]{0,100}?\b(?:by|on|before|for) (?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^;]{0,60})$/i,
} as const;

/** The reader's ask and the writer's act as two items, or null when the clause is not of that shape. */
export function splitPurpose(
  ctx: MessageContext,
  e: SuggestedExpectation,
  span: Span,
): SuggestedExpectation[] | null {
  if (e.owner !== ctx.sides.reader || e.kind !== 'request') return null;
  const clause = ctx.norm.slice(span.start, span.end);
  if (!clause.includes(' to ')) return null;
  const m = PURPOSE_SPLIT_PATTERNS.askThenPurpose.exec(clause);
  if (!m) return null;
  const ask = trimmed(ctx.norm, span.start, span.start + m[1]!.length);
  const purposeAt = span.start + m[0].length - m[2]!.length;
  const act = trimmed(ctx.norm, purposeAt, span.end);
  if (!ask || !act) return null;
  const dueOf = memoDue(ctx);
  const askDue = dueOf(ctx.norm.slice(ask.start, ask.end)).due;
  const actDue = dueOf(ctx.norm.slice(act.start, act.end)).due;
  if (askDue === null || actDue === null || askDue === actDue) return null;
  return [
    ownPart(ctx, e, ask, { kind: e.kind, owner: e.owner }, dueOf, e.amount),
    ownPart(ctx, e, act, { kind: 'deliverable', owner: ctx.sides.writer }, dueOf),
  ];
}
