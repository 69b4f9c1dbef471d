/**
 * Where the learned intent model meets the rules. For every clause the model reads the words
 * and the rules' first reading and says whether the clause asks something of its reader:
 * - an ask the rules found (a request or meeting for the reader) is kept only when the model
 *   agrees, with the model's calibrated confidence;
 * - a clause the rules pass over becomes a request (or meeting, or payment) for the reader when
 *   the model finds an ask in it, and so does one the rules read as the writer's commitment
 *   when the model is sure of the ask ("Can both of you forward the pictures so I can get them
 *   developed?", "I need to know the dates");
 * - anything else the rules found (commitments, payments, standards) keeps the rules' verdict,
 *   but the user's own corrections can still withdraw it.
 * The user's corrections (IntentAdjustment) are added to the model's score in every case.
 */
import type { Classification } from './classify';
import { classify, isMeeting, kindOf } from './classify';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { INDIRECT_ASK_PATTERNS } from './indirectAsks';
import { findMoney } from './money';
import { clauseReadsAsStatus, SHIPPED_COMMITMENT_MODEL, type CommitmentModel } from './model/commitmentModel';

/** "I assume you will …", "we take it that you'll …": the writer guesses at the reader's plans. */
const ASSUMES_READER = /\b(?:i|we) (?:assume|suppose|guess|imagine|take it) (?:that )?you(?:'ll| will)\b/i;
import { intentFeatures, withoutOpening } from './model/features';
import type { ObligationModel } from './model/obligationModel';
import {
  adjustmentLogit,
  calibratedConfidence,
  clauseIntentLogit,
  intentLogit,
  SHIPPED_INTENT_MODEL,
  type IntentAdjustment,
  type IntentModel,
} from './model/intentModel';

/**
 * How sure (log-odds above the threshold) the model must be to read a rule's commitment as an
 * ask. Chosen among 0, 1 and 2 on the cross-validated figures of both data sets (score:intent,
 * score:extract): at 0, "I'll call your office line" and "We can pay the extra 400 EUR" turned
 * into asks; at 2 fewer real asks were found.
 */
export const COMMIT_OVERRIDE_MARGIN = 1;

export interface IntentOptions {
  /** The model to use (tests and cross-validation pass their own); the shipped one otherwise. */
  model?: IntentModel;
  /** This user's corrections, from their ledger. */
  adjustment?: IntentAdjustment;
  /** The commitment-or-status model (tests and cross-validation pass their own); the shipped one otherwise. */
  commitment?: CommitmentModel;
  /** The obligation model for clauses the rules pass over (tests and cross-validation pass their own). */
  obligation?: ObligationModel;
}

export function isAsk(cls: Classification): boolean {
  return cls.frame === 'request' && (cls.kind === 'request' || cls.kind === 'meeting');
}

/** The model's reading of one clause, computed once and only when asked for. */
export class IntentReading {
  private features: string[] | null = null;
  private logit: number | null = null;
  private readonly model: IntentModel;
  /** What the intent model reads: the clause without an opening greeting or name (read when first needed). */
  private opened: string | null = null;

  /**
   * `sentence`: the reading of the whole sentence the clause was cut from, when the clause
   * alone loses what frames it (read lazily: only a clause that asks needs it).
   */
  constructor(
    private readonly clause: string,
    private readonly firstReading: Classification | null,
    private readonly options: IntentOptions,
    private readonly sentence?: () => IntentReading,
  ) {
    this.model = options.model ?? SHIPPED_INTENT_MODEL;
  }

  private get text(): string {
    return (this.opened ??= withoutOpening(this.clause));
  }

  private feats(): string[] {
    return (this.features ??= intentFeatures(this.text, { rule: this.firstReading }));
  }

  /**
   * Whether the commitment model reads the rules' commitment as mere status ("I shall be in
   * NYC on the 17th", "I'll discuss with Carlos"): such a clause obliges nobody and is not offered.
   */
  readsAsStatus(): boolean {
    // A guess at the reader's plans ("I assume you will have the Lisbon team in Madrid") is no
    // promise of the writer's; it may still ask, which the intent model reads.
    if (ASSUMES_READER.test(this.clause)) return true;
    const model = this.options.commitment ?? SHIPPED_COMMITMENT_MODEL;
    return clauseReadsAsStatus(model, this.clause, { rule: this.firstReading });
  }

  /** Model score plus the user's correction, in log-odds; ≥ 0 reads as an ask. */
  askLogit(): number {
    if (this.logit !== null) return this.logit;
    const adjustment = this.options.adjustment;
    // Without corrections the features are never needed as strings: the score is summed
    // straight from the clause (the same number, bit for bit; see clauseLogit).
    this.logit = adjustment
      ? intentLogit(this.model, this.feats()) + adjustmentLogit(adjustment, this.feats())
      : clauseIntentLogit(this.model, this.text, { rule: this.firstReading }) + 0;
    return this.logit;
  }

  /**
   * Whether the clause asks something of its reader. A clause cut from a conditional sentence
   * must also read as an ask within the whole sentence: the model learned from whole sentences,
   * and the clause alone loses its frame ("If you have any questions, | please contact us", "If
   * you'd rather not receive these, | please follow the link": no ask, read whole). Only there:
   * elsewhere a sentence's other clause drags real asks down ("FYI our AP team pays net 45, so
   * please put that on the invoice"; gold tuning part, 2026-12-02).
   */
  asks(): boolean {
    return this.askLogit() >= 0 && (this.sentence?.().askLogit() ?? 0) >= 0;
  }

  /**
   * Whether a clause the rules pass over asks, in the model's reading: not a forecast of when a
   * thing will happen ("Your order should be dispatched tomorrow"), however the model leans.
   */
  modelAsks(): boolean {
    const text = this.text.trimStart();
    return (
      !(INTENT_PATTERNS.forecast.test(text) && INDIRECT_ASK_PATTERNS.dayOrTime.test(text)) && this.asks()
    );
  }

  /** Whether the model is sure enough of an ask to overrule the rules' reading of a commitment. */
  overridesCommit(): boolean {
    return this.askLogit() >= COMMIT_OVERRIDE_MARGIN;
  }

  confidence(): number {
    return calibratedConfidence(this.model, this.askLogit());
  }

  /** Whether the user's corrections withdraw a rule's finding of the given confidence. */
  userWithdraws(ruleConfidence: number): boolean {
    const adjustment = this.options.adjustment;
    if (!adjustment || Object.keys(adjustment.offsets).length === 0) return false;
    const c = Math.min(0.99, Math.max(0.01, ruleConfidence));
    return Math.log(c / (1 - c)) + adjustmentLogit(adjustment, this.feats()) < 0;
  }
}

export const INTENT_PATTERNS = {
  /**
   * A forecast of what will happen to a thing ("Your order should be dispatched tomorrow", "The
   * parts should arrive Monday"), read with a day or a time; not a deadline ("should be finished
   * before the service on 14 June"), one sent to the writer ("should be sent to me") or a plea.
   */
  forecast:
    /^(?:(?:and|also|but|so),? )?(?:the|your|it|this|that|they|he|she)\b(?: [\w'&-]{2,20}){0,4} should (?:(?:be [\w-]{2,20}|arrive|reach you|land|ship|go out|come through)\b)(?!.{0,60}\b(?:to (?:me|us)|for (?:me|us)|by|before|no later than|please)\b)/i,
  /** "Monday would work for us", "Thursday the 20th at 1pm would be ideal": a time offered or taken. */
  suits: /\b(?:works?|suits?|great|ideal|fine|good|perfect|okay|ok|convenient)\b/i,
  /** "Drawings by Friday would be ideal": a day something is due by, not a time to meet. */
  dueBy:
    /\bby (?:the )?(?:\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|end of|next|this|tomorrow|tonight|today|eod|cob)/i,
} as const;

function timeThatSuits(clause: string): boolean {
  const P = INTENT_PATTERNS;
  return CLASSIFY_PATTERNS.timeHint.test(clause) && P.suits.test(clause) && !P.dueBy.test(clause);
}

/** The classification for an ask only the model found (its confidence comes from the model). */
export function askFoundByModel(clause: string, hasMoney: boolean): Classification {
  const kind = isMeeting(clause) || timeThatSuits(clause) ? 'meeting' : kindOf(clause, hasMoney, 'request');
  return { frame: 'request', kind, confidence: 0 };
}

/**
 * How likely a sentence, read on its own, looks to be an ask to the model and the user's
 * corrections: what an item the user added by hand from that sentence teaches is measured
 * against it.
 */
export function askConfidenceOf(sentence: string, options: IntentOptions = {}): number {
  const rule = classify(sentence, findMoney(sentence).length > 0, false);
  return new IntentReading(sentence, rule, options).confidence();
}
