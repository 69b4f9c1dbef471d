/**
 * A promise with the reader's condition after it, each with its own day: "We will start on 9
 * November if we receive the signed contract by 30 October", "We can do it next week if you
 * approve by Monday". Two items, as the blind annotators mark them: the writer's act, dated by
 * its own words, and the condition, which the reader owes by its day. Read as one, the item took
 * the condition's day and its side. The condition may also say what the writer must have
 * ("provided we have the full bundle by 19 June"), come first ("If we have your PO by 12 March, we
 * will deliver on 6 April"), or follow words that promise nothing ("April 28 is doable if we have
 * a signed order by March 7"): then it is the only item.
 */
import type { SuggestedExpectation } from '../core/expectation';
import { memoDue } from './lazyReadings';
import { kindOf } from './classify';
import { trimmed } from './coordination';
import { CONDITION_IF as IF } from './classifyPatterns';
import { classifyOnce, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { ownPart } from './partItem';
import type { Span } from './types';

/** A character of the condition: it runs on until another subject starts the writer's act. */
const CONDITION_CHAR = String.raw`(?:(?! (?:we|we'd|we'll|i|i'd|i'll|you|they|he|she)\b)[^,;!?])`;
/**
 * What the condition asks of the reader, up to its deadline word: what the writer receives ("we
 * have the signed order by"), what the reader does ("you approve by"), or what arrives ("the
 * deposit arrives by").
 */
const MET_BY_READER = String.raw`(?:(?:we|i) (?:receive|have|get)|you (?:can |could )?(?:approve|confirm|sign|send|return|pay|place|give us|get us|let us know)|the (?:[\w'-]{2,20} ){0,3}(?:arrives?|comes? in|is (?:confirmed|signed|approved|placed|received|paid)|are (?:confirmed|signed|approved|placed|received|paid)))\b${CONDITION_CHAR}{0,60}?\b(?:by|before|no later than) `;

export const CONDITION_SPLIT_PATTERNS = {
  /**
   * " if we receive the signed contract by 30 October", " provided you approve by Monday", " as
   * long as the deposit arrives by March 20": a condition the reader meets, with a deadline word,
   * after the writer's words (or a clause of its own). Group 1 is the condition from "if" to its day.
   */
  readerCondition: new RegExp(String.raw`(?:^|,? )(${IF} ${MET_BY_READER}${CONDITION_CHAR}{2,40})`, 'i'),
  /**
   * "If we have it back by December 11, the first shipment goes out for January 4": the same
   * condition put first. Group 1 is the condition, up to its comma.
   */
  frontedCondition: new RegExp(String.raw`^(${IF} ${MET_BY_READER}${CONDITION_CHAR}{2,30}),`, 'i'),
  /** Cheap gate: a clause with none of these words holds no condition. */
  conditionWord: /\b(?:if|provid|as long as|so long as)/i,
} as const;

/** Whether the clause sets the reader a condition with its own day, after the writer's words or before them. */
export function statesReadersCondition(clause: string): boolean {
  const P = CONDITION_SPLIT_PATTERNS;
  return P.conditionWord.test(clause) && (P.readerCondition.test(clause) || P.frontedCondition.test(clause));
}

/** Where the condition and the writer's act sit in the clause, or null when it holds no condition. */
function conditionAndAct(norm: string, span: Span): { condition: Span; act: Span } | null {
  const clause = norm.slice(span.start, span.end);
  if (!CONDITION_SPLIT_PATTERNS.conditionWord.test(clause)) return null;
  const fronted = CONDITION_SPLIT_PATTERNS.frontedCondition.exec(clause);
  if (fronted) {
    const condition = trimmed(norm, span.start, span.start + fronted[1]!.length);
    const act = trimmed(norm, span.start + fronted[0].length, span.end);
    return condition && act ? { condition, act } : null;
  }
  const m = CONDITION_SPLIT_PATTERNS.readerCondition.exec(clause);
  if (!m || m.index < 8) return null;
  const act = trimmed(norm, span.start, span.start + m.index);
  // The condition ends at its day: "if you can sign it by Monday we can keep the 4 December date"
  // owes Monday, not 4 December.
  const condition = trimmed(
    norm,
    span.start + m.index + m[0].indexOf(m[1]!),
    span.start + m.index + m[0].length,
  );
  return condition && act ? { condition, act } : null;
}

/**
 * The writer's act and the reader's condition as two items; the condition alone when the rest
 * promises nothing ("April 28 is doable if we have a signed order by March 7"); or null when the
 * clause is not of that shape.
 */
export function splitReaderCondition(
  ctx: MessageContext,
  e: SuggestedExpectation,
  span: Span,
): SuggestedExpectation[] | null {
  const parts = conditionAndAct(ctx.norm, span);
  if (!parts) return null;
  const { condition, act } = parts;
  const dueOf = memoDue(ctx);
  const conditionDue = dueOf(ctx.norm.slice(condition.start, condition.end));
  if (conditionDue.due === null) return null;
  const piece = (part: Span, kind: SuggestedExpectation['kind'], owner: SuggestedExpectation['owner']) =>
    ownPart(ctx, e, part, { kind, owner }, dueOf);
  const conditionItem = () => {
    const text = ctx.norm.slice(condition.start, condition.end);
    return piece(condition, kindOf(text, findMoney(text, ctx.home).length > 0, 'request'), ctx.sides.reader);
  };
  const actText = ctx.norm.slice(act.start, act.end);
  const actHasMoney = findMoney(actText, ctx.home).length > 0;
  const actCls = classifyOnce(ctx, actText, actHasMoney);
  if (actCls?.frame === 'commit') return [piece(act, actCls.kind, ctx.sides.writer), conditionItem()];
  // Read as the reader's ask already, the item is the condition: its day, not the act's. A sum in
  // the act keeps it whole ("one-off €450, waived if you sign before 7 December").
  if (e.kind === 'request' && e.owner === ctx.sides.reader && !actHasMoney) return [conditionItem()];
  // "the price stands if …" or an ask keeps one item.
  return null;
}
