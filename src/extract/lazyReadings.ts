/**
 * The readings extraction makes lazily: once per thread (locale, who bills) or once per
 * message or sentence, and only when a clause first needs them. They are made by functions of
 * the module, not closures bound to names inside extractMessage, because under esbuild's
 * keepNames (tsx: bench, scripts, tests) each named closure costs a name definition.
 */
import type { Side } from '../core/expectation';
import { resolveDue, type DueDate } from './dates';
import { IntentReading } from './intent';
import { partyNames, type PartyNames } from './lists';
import { threadEvidenceText, threadLocale, type ThreadLocale } from './locale';
import { classifyOnce, liveText, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { NOISE_PATTERNS } from './noise';
import { normalizeText } from './normalize';
import { sidesOf, type Sides } from './owner';
import { payeeIn, payerFor, threadPayee } from './payee';
import { liveRanges } from './quoted';
import type { ExtractionInput, ExtractionMessage, Span } from './types';

/**
 * What a message may need from the whole thread, read once per thread and only when first
 * needed: the locale evidence (only if some message needs a numeric date) and who bills (only
 * if some payment does not say who pays).
 */
export class ThreadEvidence {
  private localeRead: ThreadLocale | null = null;
  private billing: { payee: Side | null } | null = null;

  constructor(private readonly input: ExtractionInput) {}

  locale(): ThreadLocale {
    return (this.localeRead ??= threadLocale(threadEvidenceText(this.input.messages)));
  }

  payee(): Side | null {
    return (this.billing ??= { payee: threadPayee(billingEvidence(this.input)) }).payee;
  }
}

/** The side this message or its thread shows billing, or null when nothing shows it. */
export function lazyPayee(
  norm: string,
  live: Span[],
  sides: Sides,
  thread: ThreadEvidence,
): () => Side | null {
  let payee: { side: Side | null } | null = null;
  return () => (payee ??= { side: payeeIn(liveText(norm, live), sides) ?? thread.payee() }).side;
}

export function lazyPayer(payee: () => Side | null): () => Side {
  let payer: Side | null = null;
  return () => (payer ??= payerFor(payee()));
}

/** The intent model's reading of a whole sentence, made once and only if one of its clauses asks. */
export function lazySentenceIntent(ctx: MessageContext, sentence: string): () => IntentReading {
  let reading: IntentReading | null = null;
  return () =>
    (reading ??= new IntentReading(
      sentence,
      classifyOnce(ctx, sentence, findMoney(sentence, ctx.home).length > 0),
      ctx.intent,
    ));
}

export function lazyMarketing(sentenceText: string): () => boolean {
  let marketing: boolean | null = null;
  return () => (marketing ??= NOISE_PATTERNS.marketing.test(sentenceText));
}

/** Each clause text's due date, read once per call of splitOnDates. */
export function memoDue(ctx: MessageContext): (text: string) => DueDate {
  const dues = new Map<string, DueDate>();
  return (text) => {
    let d = dues.get(text);
    if (!d) dues.set(text, (d = resolveDue(text, ctx.dates)));
    return d;
  };
}

export function lazyNames(message: ExtractionMessage): () => PartyNames {
  let names: PartyNames | null = null;
  return () => (names ??= partyNames(message.from, message.to, message.cc));
}

function billingEvidence(input: ExtractionInput): { text: string; sides: Sides }[] {
  return input.messages.map((m) => {
    const norm = normalizeText(m.text).text;
    return { text: liveText(norm, liveRanges(norm)), sides: sidesOf(m.from, m.to, m.cc, input.self) };
  });
}
