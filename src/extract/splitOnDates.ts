/**
 * Splits one dated obligation joined with another in the same sentence ("the NDA by 20 November
 * and the deck by end of month") into one item per conjunct, each with its own date and amount.
 */
import type { SuggestedExpectation } from '../core/expectation';
import { classify } from './classify';
import { splitReaderCondition } from './conditionSplit';
import { COORDINATION_PATTERNS, splitCoordinated } from './coordination';
import { memoDue } from './lazyReadings';
import { classifyOnce, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { partItem } from './partItem';
import { splitPurpose } from './purposeSplit';
import { TIME_OFFER_PATTERNS } from './timeOffers';
import type { Span } from './types';

const plainKind = (k: string) => k === 'request' || k === 'deliverable';

/**
 * The item was found on the whole clause, often by a model, so its first conjunct need not read as
 * an obligation to the rules alone: a modal of its own is enough ("The first 10 vehicles must be on
 * the road by February 1st, and the remaining 15 by March 15th", "We could do the window on Tuesday
 * April 7 and the door on Wednesday April 8").
 */
const MODAL_ACT =
  /\b(?:must|need|needs|will|shall|could|can|would|have to|has to|please|kindly)\b|'(?:ll|d)\b/i;

/** "the NDA by 20 November and the deck by end of month": one item per conjunct, each with its date. */
export function splitOnDates(
  ctx: MessageContext,
  e: SuggestedExpectation,
  span: Span,
): SuggestedExpectation[] {
  const conditioned = splitReaderCondition(ctx, e, span);
  if (conditioned) return conditioned;
  const purposed = splitPurpose(ctx, e, span);
  if (purposed) return purposed;
  // An undated item may still join two acts when one counts from something else ("the draft on
  // Friday 19 June and the final report within 5 working days of your comments"): the whole reads
  // as no one day.
  if (e.due === null && !COORDINATION_PATTERNS.relativeTime.test(ctx.norm.slice(span.start, span.end)))
    return [e];
  const dueOf = memoDue(ctx);
  const parts = splitCoordinated(
    ctx.norm,
    span,
    (text) => dueOf(text).due,
    (text) => classify(text, findMoney(text).length > 0, true) !== null || MODAL_ACT.test(text),
  );
  if (!parts) return [e];
  // Times offered to meet as alternatives ("Claire is free Tuesday 10th, 2-4pm, or Thursday 12th in
  // the morning") are one meeting, due on no one day until the reader picks; an "or" that opens
  // another act ("or send me the notes by Thursday") still splits.
  if (e.kind === 'meeting' && parts.some((p) => offersAnotherTime(ctx.norm.slice(p.start, p.end)))) {
    const { dueTime: _, ...one } = e;
    return [{ ...one, due: null }];
  }
  // A bill the writer sends makes the reader the payer, not the doer of what else the writer sends
  // ("I'll send the first invoice on December 1, and the content calendar by Friday": ours).
  const writerLeads =
    e.kind === 'payment' &&
    COORDINATION_PATTERNS.ownSubject.test(ctx.norm.slice(parts[0]!.start, parts[0]!.end));
  return parts.map((part, i) => {
    const clause = ctx.norm.slice(part.start, part.end);
    // "… on May 4 and the rest two weeks later": counted from the first act, not from the day sent.
    const due = i > 0 && COORDINATION_PATTERNS.relativeTime.test(clause) ? { due: null } : dueOf(clause);
    // Each conjunct keeps the owner; its kind is its own ("sign tonight and wire the deposit").
    // One with a subject of its own is read on its own ("I'll have the accounts ready by March 6
    // and we can go through them on a call the following Monday": the first is ours).
    const ownCls = classifyOnce(ctx, clause, findMoney(clause, ctx.home).length > 0);
    const own = ownCls?.kind;
    let kind = e.kind;
    let owner = e.owner;
    if (ownCls?.frame === 'commit' && COORDINATION_PATTERNS.ownSubject.test(clause)) {
      owner = ctx.sides.writer;
      kind = ownCls.kind;
    } else if (own && !plainKind(own)) kind = own;
    else if (writerLeads && !COORDINATION_PATTERNS.payment.test(clause)) {
      kind = 'deliverable';
      owner = ctx.sides.writer;
    } else if (!plainKind(e.kind)) kind = e.owner === ctx.sides.writer ? 'deliverable' : 'request';
    const amount = findMoney(clause, ctx.home)[0]?.money ?? (i === 0 ? e.amount : null);
    return partItem(ctx, e, part, { kind, owner, due, amount });
  });
}

/** "or Thursday 12th any time in the morning": an alternative time, not another act. */
function offersAnotherTime(part: string): boolean {
  return /^or /i.test(part) && TIME_OFFER_PATTERNS.opensOnDay.test(part.slice(3));
}
