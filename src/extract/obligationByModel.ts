/**
 * Where the learned obligation model meets the rules (model/obligationModel.ts): a clause the
 * rules and the intent model left empty is offered as a deliverable, payment or quality bar when
 * the model is sure it owes something, unless the rules know it owes nothing (a report of what
 * happened, status, the writer's routine). Its kind comes from the clause's words, its owner from
 * the kind, as the rules bind each kind, and its confidence is the model's calibrated one.
 */
import type { Classification } from './classify';
import { kindOf } from './classify';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import type { IntentOptions } from './intent';
import type { ClauseReading } from './model/features';
import {
  clauseObligationLogit,
  obligationConfidence,
  SHIPPED_OBLIGATION_MODEL,
} from './model/obligationModel';
import { isStatusOnly } from './obligation';

export const OBLIGATION_FOUND_PATTERNS = {
  /** A report of what happened: "All the staff were trained on the new till by Friday". */
  report:
    /\b(?:was|were|had|did|has been|have been|already|yesterday|ago|last (?:week|month|year|night|time|trip|quarter|season))\b/i,
  /**
   * An act done, said without an auxiliary: "Invoice 2231 paid by bank transfer on 27 February",
   * "the install crew finished early, by 3pm" (not a term: "paid on delivery", "paid within 30 days").
   */
  pastAct:
    /\b(?:finished|completed|delivered|sent|received|signed|shipped|booked|arrived|started|went|came|trained|installed|fixed|replaced|paid)\b(?! (?:on|upon|at|within|in|against|before|after|by) (?:delivery|completion|signing|signature|receipt|order|booking|approval|invoice|arrival|acceptance|the (?:event|end|start)|\d{1,3} (?:days|weeks)))/i,
  /** What makes such a verb part of a promise or a term rather than a report. */
  notReported: /\b(?:will|'ll|shall|must|going to|to be|need|needs|can|could|would|should|is|are|be)\b/i,
  /**
   * What will befall the reader, not what they hand over: "You'll run into heavy traffic on the M25",
   * "You'll love the new menu" (not "You'll send it by Friday", "You'll have the plan by June 30").
   */
  readerForecast:
    /^\W{0,3}you(?:'ll| will) (?!(?:also |then )?(?:send|e-?mail|share|pay|sign|return|provide|deliver|give|forward|transfer|wire|confirm|book|bring|need|submit|upload|approve|review|have|receive|get|see|find|be (?:invoiced|charged|billed|sent))\b)/i,
  /** The writer's routine: "Every month we send the usage report on the 1st". */
  writersRoutine: /\b(?:i|we)\b/i,
  /**
   * Someone or something free on a day ("Room R101 is free on Monday", "I'm available all next
   * week"): availability, which availableForJob.ts reads as the paid side's job and the time-offer
   * rules as a time to meet. The retrained model (7 December 2026, third round) learnt the
   * suppliers' answers from the gold set and began to guess at every such clause.
   */
  availability: /\b(?:is|are|'s|'re|am|'m) (?:still |also )?(?:free|available) (?:on|all|this|next|any)\b/i,
  /**
   * What a price covers, said alone: "Lunch will be included.", "Course materials are included."
   * The annotators leave 24 of the tuning part's 31 such sentences unannotated (the rest are
   * questions or carry a price); the model retrained on 8 December 2026 began to offer them.
   */
  inclusionOnly:
    /^\W{0,3}(?!(?:[\w'’&-]+,? ){0,5}(?:what|which|whether|if)\b)(?:[\w'’&-]+,? ){1,6}(?:will be|is|are) (?:also )?included\W{0,3}$/i,
  /**
   * Words of billing that make what the model found a payment: "Cancellations … are charged in
   * full", "Timeline: deposit 10 March, final payment 30 April" (not a lead time counted from a
   * deposit: "35 days after deposit").
   */
  billWord:
    /\b(?:charged|billed|invoiced|payable|fees?|refund(?:ed|able)?|surcharge|payments?)\b|(?<!\b(?:after|upon|on|of|from) (?:the |your |our )?)\bdeposit\b/i,
  /**
   * The reader named as the one who acts: "You to provide site access by Monday", "Copy deck
   * from you by 9 March", "your team will need to clear the loading bay".
   */
  readerActs:
    /^\W{0,3}(?:and |also |then )?(?:you|your (?:[\w-]{2,20} ){0,2}(?:team|side|people|office|staff|crew|accountant|bookkeeper|lawyer|architect|contractor|it|finance|ap))\b(?!'d like| would like| might like| may (?:like|want)| want)|(?<!\b(?:requested|suggested|discussed|agreed|proposed|mentioned|sent|approved|signed|raised|flagged|noted|asked) )\b(?:from|by|on) (?:you|your (?:side|end|team))\b(?! (?:in|on|at|for) (?:the )?(?:meantime|past|future)\b)/i,
  /**
   * The writer's side named as the one who acts: "G99 application handled by us", "on our side, the
   * permits", "We to supply the signage" (not an opening "Our", which only owns a thing: "Our logo
   * on every page").
   */
  writerActs: /\b(?:from|by) (?:us|me)\b|\b(?:on|from) (?:our|my) (?:side|end)\b|^\W{0,3}(?:i|we)\b/i,
} as const;

/** Who the clause says will act, if it names one side plainly. */
function sideNamed(clause: string): 'writer' | 'reader' | null {
  const P = OBLIGATION_FOUND_PATTERNS;
  const reader = P.readerActs.test(clause);
  const writer = P.writerActs.test(clause);
  return reader === writer ? null : reader ? 'reader' : 'writer';
}

/**
 * Whether the obligation model may offer a clause the rules passed over: it reads new
 * obligations, not what the rules know owes nothing (reports of what happened, status, the
 * writer's routine).
 */
export function modelMayOwe(clause: string): boolean {
  const P = OBLIGATION_FOUND_PATTERNS;
  if (P.report.test(clause)) return false;
  if (P.readerForecast.test(clause)) return false;
  if ((clause.includes('free') || clause.includes('available')) && P.availability.test(clause)) return false;
  if (clause.includes('included') && P.inclusionOnly.test(clause)) return false;
  if (P.pastAct.test(clause) && !P.notReported.test(clause)) return false;
  if (CLASSIFY_PATTERNS.habitual.test(clause) && P.writersRoutine.test(clause)) return false;
  return !isStatusOnly(clause);
}

/**
 * The classification for an obligation only the obligation model found: its kind from the
 * clause's words (a sum or a word of billing makes a payment, as do terms; a bar a standard; else a
 * deliverable). A payment binds whoever pays and a bar the reader who does the work, as the rules
 * bind them. A deliverable binds the reader when the clause names the reader as its doer ("from
 * you", a clause opened with "you" or "your team"), else the writer's side.
 */
export function obligationFoundByModel(
  clause: string,
  hasMoney: boolean,
  confidence: number,
): Classification {
  const kind =
    hasMoney || OBLIGATION_FOUND_PATTERNS.billWord.test(clause)
      ? 'payment'
      : kindOf(clause, hasMoney, 'commit');
  if (kind === 'payment') return { frame: 'payer', kind, confidence };
  // A bar binds the reader who does the work, whoever the clause names ("We need all files as
  // PDF/X-4" is the writer requiring it of the reader).
  if (kind === 'standard') return { frame: 'request', kind, confidence };
  // A deliverable's own doer comes before the writer's side: "Copy deck from you by 9 March" is
  // the reader's, "Permits handled by us" the writer's.
  const named = sideNamed(clause);
  // The reader's deliverable, not an ask: the intent model has already passed this clause over.
  if (named === 'reader') return { frame: 'request', kind, confidence };
  return { frame: 'commit', kind, confidence };
}

/**
 * The obligation model's calibrated confidence that a clause the rules pass over owes something
 * that is not an ask, or null when it is not sure enough to offer it.
 */
export function owesByModel(clause: string, reading: ClauseReading, options: IntentOptions): number | null {
  const model = options.obligation ?? SHIPPED_OBLIGATION_MODEL;
  const z = clauseObligationLogit(model, clause, reading);
  return z >= model.offerAbove ? obligationConfidence(model, z) : null;
}
