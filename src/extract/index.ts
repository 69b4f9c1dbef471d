/**
 * Promise extraction: reads a thread and proposes the expectations in it (who owes what, by
 * when, how much) plus delivery and drift signals about earlier items. Pure: no DOM, no I/O.
 *
 * Per message: skip newsletters and out-of-office notes → keep only the live text (no quoted
 * history, signature or footer) → sentences → clauses → signals → noise filters → frame and
 * kind → owner, due date, amount, recurrence, terms.
 */
import type { ExtractionResult, Signal, SuggestedExpectation } from '../core/expectation';
import { CLASSIFY_PATTERNS, classify, mayNeedDate, type Classification } from './classify';
import { dateContext, resolveDue, type DateContext, type DueDate } from './dates';
import { guessDayFirst, threadEvidenceText, threadLocale, type ThreadLocale } from './locale';
import { findMoney, paymentTerms } from './money';
import { isNewsletter, isOutOfOffice, NOISE_PATTERNS, sentenceNoise, type NoiseReason } from './noise';
import { normalizeForMatching } from './normalize';
import { ownerOf, sidesOf, type Sides } from './owner';
import { liveRanges } from './quoted';
import { parseRecurrence } from './recurrence';
import { splitClauses, splitSentences } from './sentences';
import { detectSignal, type SignalDraft } from './signals';
import { askFoundByModel, IntentReading, isAsk, type IntentOptions } from './intent';
import type { ExtractionInput, ExtractionMessage, Span } from './types';

export type { ExtractionInput, ExtractionMessage } from './types';
export type { ExtractionResult } from '../core/expectation';
export type { IntentOptions } from './intent';
export { askConfidenceOf } from './intent';

export const EXTRACT_PATTERNS = {
  /** Cheap test before running the date parser: does the clause mention anything date-like? */
  dateHint:
    /\d|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|tomorrow|tmrw|tmr|tmw|eod|cob|eob|eow|eom|eoy|eoq|end of|close of|weeks?|months?|quarter|noon|midnight|afternoon|evening|morning|net|within|weekend|mid-?\w{3})\b/i,
} as const;

/** Noise that is never an ask, whatever the model reads in it. */
const NEVER_ASKS = new Set<NoiseReason>(['pleasantry', 'marketing', 'ooo']);

/** Sentences longer than this are not prose (logs, base64, minified markup): skipped. */
const MAX_SENTENCE = 1500;

function roundConfidence(n: number): number {
  return Math.round(Math.min(0.95, Math.max(0.05, n)) * 100) / 100;
}

interface MessageContext {
  message: ExtractionMessage;
  norm: string;
  sides: Sides;
  dates: DateContext;
  intent: IntentOptions;
}

interface SignalFound {
  signal: Signal;
  draft: SignalDraft;
}

function signalFor(ctx: MessageContext, span: Span, clause: string): SignalFound | null {
  const draft = detectSignal(clause, ctx.sides.writer, ctx.sides.reader);
  if (!draft) return null;
  const signal: Signal = {
    type: draft.type,
    messageId: ctx.message.id,
    text: ctx.message.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    owner: draft.owner,
    subject: draft.subject,
  };
  if (draft.type === 'drift') {
    if (draft.wantsNewDue)
      signal.newDue = EXTRACT_PATTERNS.dateHint.test(clause) ? resolveDue(clause, ctx.dates).due : null;
    signal.newAmount = findMoney(clause)[0]?.money ?? null;
    if (draft.addedScope) signal.addedScope = draft.addedScope;
  }
  return { signal, draft };
}

/**
 * The clause as classification should read it beside a signal: a reschedule is news about an
 * old item (null: nothing new); a delivery's own words are blanked so "please find attached"
 * or "the letter we sent" do not read as asks, while "payable within 7 days" still counts.
 */
function clauseBesideSignal(clause: string, found: SignalFound | null): string | null {
  if (!found) return clause;
  const { draft } = found;
  if (draft.type === 'drift') return draft.addedScope ? clause : null;
  if (!draft.phrase) return clause;
  const { index, length } = draft.phrase;
  return clause.slice(0, index) + ' '.repeat(length) + clause.slice(index + length);
}

function expectationFor(
  ctx: MessageContext,
  span: Span,
  clause: string,
  conditionalSentence: boolean,
): SuggestedExpectation | null {
  const money = findMoney(clause)[0]?.money ?? null;
  const hinted = EXTRACT_PATTERNS.dateHint.test(clause);
  let cls: Classification | null = classify(clause, money !== null, false);
  const intent = new IntentReading(clause, cls, ctx.intent);
  // A conditional or noisy clause (past, negated, hypothetical) may still ask something, and
  // the model reads that better than the rules ("Did you get my message?", "If you're free
  // tomorrow, call me"); pleasantries and marketing never become suggestions.
  let noise: NoiseReason | undefined;
  const noiseOf = () => (noise === undefined ? (noise = sentenceNoise(clause)) : noise);
  const ruleVeto = () =>
    (conditionalSentence && !NOISE_PATTERNS.directAsk.test(clause)) || noiseOf() !== null;
  const askVeto = () => NEVER_ASKS.has(noiseOf());
  let due: DueDate | null = null;
  if (!cls && hinted && mayNeedDate(clause) && !ruleVeto()) {
    due = resolveDue(clause, ctx.dates);
    if (due.due) cls = classify(clause, money !== null, true);
  }
  const fromModel = (!cls ? intent.asks() : cls.frame === 'commit' && intent.overridesCommit()) && !askVeto();
  if (fromModel) cls = askFoundByModel(clause, money !== null);
  if (!cls) return null;
  // Asks are the model's call, and their confidence is its calibrated one.
  const modelsCall = fromModel || isAsk(cls);
  if (modelsCall ? !intent.asks() || askVeto() : ruleVeto() || intent.userWithdraws(cls.confidence))
    return null;
  due ??= hinted ? resolveDue(clause, ctx.dates) : { due: null };
  const confidence = modelsCall
    ? intent.confidence()
    : cls.confidence + (due.due ? 0.1 : 0) + (money ? 0.05 : 0);
  const expectation: SuggestedExpectation = {
    messageId: ctx.message.id,
    kind: cls.kind,
    owner: ownerOf(cls.frame, ctx.sides),
    text: ctx.message.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    due: due.due,
    amount: money,
    confidence: roundConfidence(confidence),
  };
  if (due.dueTime) expectation.dueTime = due.dueTime;
  const recurrence = parseRecurrence(clause);
  if (recurrence) expectation.recurrence = recurrence;
  if (cls.kind === 'payment') {
    const terms = paymentTerms(clause);
    if (terms) expectation.terms = terms;
  }
  return expectation;
}

/** Whether a clause piece carries an obligation or a signal by itself (before dates are read). */
function standsAlone(ctx: MessageContext, piece: string): boolean {
  if (CLASSIFY_PATTERNS.tagQuestion.test(piece)) return false;
  if (detectSignal(piece, ctx.sides.writer, ctx.sides.reader)) return true;
  return classify(piece, findMoney(piece).length > 0, false) !== null;
}

/**
 * Merges clause pieces: a piece without an obligation of its own ("and the logo files by
 * Friday") belongs to the piece before it, so the sentence keeps its date and object.
 */
function groupClauses(ctx: MessageContext, pieces: Span[]): Span[] {
  if (pieces.length < 2) return pieces;
  const groups: Span[] = [];
  for (const piece of pieces) {
    const last = groups[groups.length - 1];
    if (last && !standsAlone(ctx, ctx.norm.slice(piece.start, piece.end))) last.end = piece.end;
    else groups.push({ ...piece });
  }
  return groups;
}

function extractMessage(
  message: ExtractionMessage,
  input: ExtractionInput,
  evidence: () => ThreadLocale,
  intent: IntentOptions,
): ExtractionResult {
  const result: ExtractionResult = { expectations: [], signals: [] };
  const norm = normalizeForMatching(message.text);
  const subject = message.subject ?? input.subject;
  if (isNewsletter(norm) || isOutOfOffice(subject, norm)) return result;
  const ctx: MessageContext = {
    message,
    norm,
    sides: sidesOf(message.from, message.to, message.cc, input.self),
    dates: dateContext(message.sentAt, input.timeZone, () => guessDayFirst(message.from.email, evidence())),
    intent,
  };
  for (const sentence of splitSentences(norm, liveRanges(norm))) {
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    const sentenceText = norm.slice(sentence.start, sentence.end);
    const conditional =
      NOISE_PATTERNS.conditionalOpening.test(sentenceText) &&
      !NOISE_PATTERNS.politeConditional.test(sentenceText);
    for (const span of groupClauses(ctx, splitClauses(norm, sentence))) {
      const clause = norm.slice(span.start, span.end);
      const found = signalFor(ctx, span, clause);
      if (found) result.signals.push(found.signal);
      const readable = clauseBesideSignal(clause, found);
      const expectation = readable === null ? null : expectationFor(ctx, span, readable, conditional);
      if (expectation) result.expectations.push(expectation);
    }
  }
  return result;
}

/**
 * Proposes the expectations and signals in a thread, message by message in thread order.
 * `intent` may name another intent model (cross-validation) and the user's corrections.
 */
export function extractThread(input: ExtractionInput, intent: IntentOptions = {}): ExtractionResult {
  // Locale evidence is read once per thread, and only if some message needs a numeric date.
  let locale: ThreadLocale | null = null;
  const evidence = () => (locale ??= threadLocale(threadEvidenceText(input.messages)));
  const out: ExtractionResult = { expectations: [], signals: [] };
  for (const message of input.messages) {
    const r = extractMessage(message, input, evidence, intent);
    out.expectations.push(...r.expectations);
    out.signals.push(...r.signals);
  }
  return out;
}
