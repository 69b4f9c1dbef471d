/**
 * What extraction knows about the message it is reading (its normalised text, sides, dates,
 * payer, names), and the small helpers that read it: offsets back into the original text,
 * bidi checks and one classification per clause text.
 */
import type { Side } from '../core/expectation';
import type { AddresseeSide } from './addressee';
import { classify, type Classification } from './classify';
import type { DateContext } from './dates';
import type { IntentOptions } from './intent';
import { retypedCommitment } from './meetsAtPlace';
import type { PartyNames } from './partyNames';
import { hasBidiControl, originalSpan, type NormalizedText } from './normalize';
import type { Sides } from './owner';
import type { ThreadPayments } from './threadPayer';
import type { ExtractionMessage, Span } from './types';

export function roundConfidence(n: number): number {
  return Math.round(Math.min(0.95, Math.max(0.05, n)) * 100) / 100;
}

export interface MessageContext {
  message: ExtractionMessage;
  /** The text every pattern reads (see normalize.ts); spans found in it map back with `original`. */
  norm: string;
  normalized: NormalizedText;
  sides: Sides;
  dates: DateContext;
  /** Who pays a payment stated without a payer (payee.ts); read lazily, it may scan the thread. */
  payer: () => Side;
  /** The side shown billing in this message or thread, or null when nothing shows it. */
  payee: () => Side | null;
  /** The payee this message's own text names outright, or null (its thread's evidence not asked). */
  ownPayee: () => Side | null;
  names: () => PartyNames;
  /** The side of the recipient a first name names (addressee.ts): "Gordon, we need this signed". */
  addressee: AddresseeSide;
  /** The writer's home currency (`homeCurrencyOf`): what a bare "$" means, which local signs are money. */
  home: string;
  /** Classifications already made in this message, by clause (grouping and proposing share them). */
  classified: Map<string, Classification | null>;
  intent: IntentOptions;
  /** How each payment's payer was found, so the thread's payments can agree on one (threadPayer.ts). */
  payments: ThreadPayments;
}

/** `classify` before dates are read, once per clause text in a message. */
export function classifyOnce(ctx: MessageContext, clause: string, hasMoney: boolean): Classification | null {
  const key = hasMoney ? '$' + clause : clause;
  let cls = ctx.classified.get(key);
  if (cls === undefined)
    ctx.classified.set(key, (cls = retypedCommitment(clause, classify(clause, hasMoney, false))));
  return cls;
}

/** The live text of a message (what its writer wrote in it), for evidence that spans sentences. */
export function liveText(norm: string, ranges: Span[]): string {
  return ranges.map((r) => norm.slice(r.start, r.end)).join('\n');
}

/** The span of the message's original text behind a span of `ctx.norm`. */
export function original(ctx: MessageContext, span: Span): Span {
  return originalSpan(ctx.normalized, span.start, span.end);
}

/**
 * Whether bidirectional controls act on this span: one inside it, or earlier in its line (an
 * override or isolate runs to the end of its paragraph). Then what the mail displays may not
 * be what was read, and an amount read there is flagged rather than trusted.
 */
export function underBidiControl(ctx: MessageContext, at: Span): boolean {
  if (!ctx.normalized.bidi) return false;
  const text = ctx.message.text;
  const lineStart = text.lastIndexOf('\n', at.start) + 1;
  return hasBidiControl(text.slice(lineStart, at.end));
}
