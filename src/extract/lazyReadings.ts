/**
 * The readings extraction makes lazily: once per thread (locale, who bills) or once per
 * message or sentence, and only when a clause first needs them. They are made by functions of
 * the module, not closures bound to names inside extractMessage, because under esbuild's
 * keepNames (tsx: bench, scripts, tests) each named closure costs a name definition.
 */
import type { Side } from '../core/expectation';
import { resolveDue, type DueDate } from './dates';
import { IntentReading } from './intent';
import { partyNames, type PartyNames } from './partyNames';
import { threadEvidenceText, threadLocale, type ThreadLocale } from './locale';
import { classifyOnce, liveText, type MessageContext } from './messageContext';
import { findMoney } from './money';
import { sentenceNeverAsks } from './noise';
import { normalizeText } from './normalize';
import { sidesOf, type Sides } from './owner';
import { addresseeSides, type AddresseeSide } from './addressee';
import { billingIn, payeeNamed, payeeOfBillings, payerFor, type Billing } from './payee';
import { liveRanges } from './quoted';
import type { ExtractionInput, ExtractionMessage, Span } from './types';
import { ThreadPayments } from './threadPayer';

/**
 * What a message may need from the whole thread, read once per thread and only when first
 * needed: the locale evidence (only if some message needs a numeric date) and who bills (only
 * if some payment does not say who pays).
 */
export class ThreadEvidence {
  private localeRead: ThreadLocale | null = null;
  private billing: { payee: Side | null } | null = null;
  /**
   * Each message's billing evidence, read once: a message that shows no strong billing of its
   * own asks the thread, whose count reads that same message again (the same live text and
   * sides), and billingIn was the costliest part of finding a payer (profiled 2026-12-03).
   */
  private billings = new Map<ExtractionMessage, Billing | null>();

  /** How each payment's payer was found (threadPayer.ts), aligned once the thread is read. */
  readonly payments = new ThreadPayments();

  constructor(private readonly input: ExtractionInput) {}

  locale(): ThreadLocale {
    return (this.localeRead ??= threadLocale(threadEvidenceText(this.input.messages)));
  }

  /** `billingIn` of the message's live text and sides (`evidence` gives them when first asked). */
  billingOf(message: ExtractionMessage, evidence: () => { text: string; sides: Sides }): Billing | null {
    let billing = this.billings.get(message);
    if (billing === undefined) {
      const { text, sides } = evidence();
      this.billings.set(message, (billing = billingIn(text, sides, this.addressees(message))));
    }
    return billing;
  }

  /** The side of each of the message's recipients, by first name ("Carla, can you pay …"). */
  addressees(message: ExtractionMessage): AddresseeSide {
    return addresseeSides(message.to, message.cc, this.input.self);
  }

  payee(): Side | null {
    const input = this.input;
    this.billing ??= {
      payee: payeeOfBillings(input.messages.map((m) => this.billingOf(m, () => billingEvidence(m, input)))),
    };
    return this.billing.payee;
  }
}

/** The payee this message's own live text names outright, or null (read once, shared with the thread's count). */
export function lazyOwnPayee(
  message: ExtractionMessage,
  norm: string,
  live: Span[],
  sides: Sides,
  thread: ThreadEvidence,
): () => Side | null {
  return () => payeeNamed(thread.billingOf(message, () => ({ text: liveText(norm, live), sides })));
}

/** The side this message or its thread shows billing, or null when nothing shows it. */
export function lazyPayee(ownPayee: () => Side | null, thread: ThreadEvidence): () => Side | null {
  let payee: { side: Side | null } | null = null;
  return () => (payee ??= { side: ownPayee() ?? thread.payee() }).side;
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

export function lazySentenceNeverAsks(sentenceText: string): () => boolean {
  let never: boolean | null = null;
  return () => (never ??= sentenceNeverAsks(sentenceText));
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

/** A message's live text and sides, as extractMessage reads them. */
function billingEvidence(m: ExtractionMessage, input: ExtractionInput): { text: string; sides: Sides } {
  const norm = normalizeText(m.text).text;
  return { text: liveText(norm, liveRanges(norm)), sides: sidesOf(m.from, m.to, m.cc, input.self) };
}
