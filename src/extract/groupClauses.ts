/**
 * Merging a sentence's clause pieces back together: a piece without an obligation of its own
 * ("and the logo files by Friday") belongs to the piece before it, unless it is a dated statement
 * of its own or a past or negated aside after a semicolon. Two pieces that would stand alone
 * still join the one before: what the reader is to say back about an ask ("…, and what would it
 * cost?") and the sum a price makes ("…, so 6 cellos for three weeks comes to $1,080").
 */
import { classify, mayNeedDate } from './classify';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { COORDINATION_PATTERNS } from './coordination';
import { DATE_HINT } from './dateHint';
import { classifyOnce, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { sentenceNoise } from './noise';
import { dayThenJob } from './dayThenJob';
import { detectSignal } from './signals';
import { readingAtLength } from './textScans';
import type { Span } from './types';

/** Whether a clause piece carries an obligation or a signal by itself (before dates are read). */
function standsAlone(ctx: MessageContext, piece: string): boolean {
  if (CLASSIFY_PATTERNS.tagQuestion.test(piece)) return false;
  if (detectSignal(piece, ctx.sides.writer, ctx.sides.reader)) return true;
  const hasMoney = findMoney(piece, ctx.home).length > 0;
  if (classifyOnce(ctx, piece, hasMoney) !== null) return true;
  // "…, but the final version will be with you by Friday the 13th": an obligation once dated.
  return DATE_HINT.test(piece) && mayNeedDate(piece) && classify(piece, hasMoney, true) !== null;
}

/** "…, and the inspection is booked for the 23rd": a dated statement of its own lends no date. */
function datedStatement(ctx: MessageContext, last: Span, text: string): boolean {
  const hint = DATE_HINT;
  return (
    COORDINATION_PATTERNS.ownStatement.test(text) &&
    hint.test(text) &&
    hint.test(ctx.norm.slice(last.start, last.end))
  );
}

/**
 * A piece after a semicolon that is past or negated on its own ("…; the statement needs the
 * consultant's input, which we won't have until the 12th"), one after a dash, or one after "but" that only guesses
 * ("I'll have the deposit cut this week …, but with the holiday it may be Monday 4 January"): it
 * stays apart, so its noise does not veto the promise before it.
 */
function noisyAside(ctx: MessageContext, piece: Span, text: string): boolean {
  let i = piece.start - 1;
  while (i > 0 && ctx.norm.charCodeAt(i) === 32) i--;
  if (ctx.norm[i] === ';') {
    const noise = sentenceNoise(text);
    return noise === 'negation' || noise === 'past';
  }
  // After a dash the cut is made only before a subject and verb of their own (sentences.ts): "I'll
  // email the schedule by Friday - water will only be off for a few hours" is two statements.
  if (ctx.norm[i] === '-' && ctx.norm.charCodeAt(i - 1) === 32) return true;
  return /\bbut$/i.test(ctx.norm.slice(Math.max(0, i - 3), i + 1)) && sentenceNoise(text) === 'hypothetical';
}

export const FOLLOW_UP_PATTERNS = {
  /** A direct ask of the reader: "Could you …", "Would you be able to …", "… please". */
  directAsk: /\b(?:could|can|would|will) (?:you|your)\b|\bwould it be possible\b|\b(?:please|kindly)\b/i,
  /**
   * What the reader is to say back about that ask: "and what would it cost?", "and let me know by
   * tomorrow?", "and confirm whether it changes the price?". The tuning part annotates such a
   * sentence as one ask, the follow-up inside its snippet, in 52 of the 54 it annotates.
   */
  sayBack:
    /^(?:also |then )?(?:please )?(?:(?:what|how much|how soon|how long|when) (?:would|will|does|do|is|are|'d|can|could|might)\b|let (?:me|us) know\b|confirm\b|tell (?:me|us)\b|advise\b|whether\b)/i,
  /**
   * …unless it asks for an act or a plan of the reader's own: "and whether you could get a first
   * draft to us by Friday", "and confirm what you'll do differently".
   */
  ownAct: /\b(?:whether|if) you (?:could|can|would)\b|\bwhat you(?:'ll| will|'re| are| plan)\b/i,
  /** Only ", and" or "and" between the two pieces. */
  andJoin: /^[\s,]{0,3}(?:and\s{1,3})?$/i,
  /** ", so" between a price and the sum it makes ("$60 per cello per week, so … comes to $1,080"). */
  soJoin: /^[\s,]{0,3}so\s{1,3}$/i,
  /** A sum that owes or asks on its own: "so I'll invoice $500 now", "so please pay $200". */
  ownTerms:
    /\b(?:will|'ll|shall|need|needs|must|please|could|can|would|should|pay|payable|due|deposit of)\b|\?/i,
  /**
   * A first sum that only adds to or takes from a total ("the full $8,000 credit", "$410 in
   * materials", "€500 off", "£60 extra"): the total after "so" is the item's sum, so the two stay apart.
   */
  partOfTotal: /\b(?:credit|off|discount|rebate|refund|less|materials|parts|extra)\b/i,
} as const;

/**
 * "Cello hire is $60 per cello per week, | so 6 cellos for three weeks comes to $1,080": the sum a
 * price makes is that price's item. The tuning part puts such a sum inside the price's snippet in
 * 28 of the 33 sentences it annotates.
 */
function sumOfPrice(ctx: MessageContext, last: Span, piece: Span, text: string): boolean {
  const P = FOLLOW_UP_PATTERNS;
  if (!P.soJoin.test(ctx.norm.slice(last.end, piece.start)) || P.ownTerms.test(text)) return false;
  const price = ctx.norm.slice(last.start, last.end);
  return (
    !P.partOfTotal.test(price) &&
    findMoney(text, ctx.home).length > 0 &&
    findMoney(price, ctx.home).length > 0
  );
}

/** "Would you be able to take it on, | and what would it cost?": one ask, its follow-up in it. */
function saysBackOnAsk(ctx: MessageContext, last: Span, piece: Span, text: string): boolean {
  const P = FOLLOW_UP_PATTERNS;
  return (
    P.sayBack.test(text) &&
    !P.ownAct.test(text) &&
    P.andJoin.test(ctx.norm.slice(last.end, piece.start)) &&
    P.directAsk.test(ctx.norm.slice(last.start, last.end))
  );
}

/**
 * Merges clause pieces: a piece without an obligation of its own ("and the logo files by
 * Friday") belongs to the piece before it, so the sentence keeps its date and object.
 */
export function groupClauses(ctx: MessageContext, pieces: Span[]): Span[] {
  if (pieces.length < 2) return pieces;
  const groups: Span[] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    const text = ctx.norm.slice(piece.start, piece.end);
    readingAtLength(text);
    // A negated or past aside after ";", or a guess after "but", stays apart (proposing nothing),
    // not vetoing what precedes.
    if (
      last &&
      (saysBackOnAsk(ctx, last, piece, text) ||
        sumOfPrice(ctx, last, piece, text) ||
        (dayThenJob(ctx.norm.slice(last.start, piece.end)) && ctx.payee() === ctx.sides.writer) ||
        (!standsAlone(ctx, text) && !datedStatement(ctx, last, text) && !noisyAside(ctx, piece, text)))
    )
      last.end = piece.end;
    else groups.push({ ...piece });
  }
  return groups;
}
