/**
 * A bare item with a day and nothing else ("Shot list by 1st Feb.", "Rough cuts of all six by next
 * Wednesday") names no one who owes it. Written by the side this thread shows being paid (the
 * supplier: invoices, quotes, its prices), it is the writer's own plan; written by the buyer, it
 * asks the reader. Only billing the thread states decides (payee.ts); with none, the ask stays.
 * One handed "to you" by a day ("Draft accounts to you by 12 June") is the writer's, whoever is paid.
 */
import type { Classification } from './classify';
import type { MessageContext } from './messageContext';
import { confirmsBooking } from './confirmedBooking';

export const SUPPLIERS_PLAN_PATTERNS = {
  /** A thing and its day, no question: "Rough cuts of all six by next Wednesday". */
  bareDated: /^[^?]{2,80}?\b(?:by|before|on|due|until|no later than)\b[^?]{1,60}$/i,
  /** Words that name who owes it or ask for it: then the rules' reading stands. */
  namesOrAsks:
    /\b(?:please|pls|kindly|you|your|yours|u|need|needs|want|wants|require|requires|required|must|should|could|can|would|will|shall|let|send|share|provide|confirm|approve|sign|return|pay|we|i|us|me|our|my|from|thanks|thank|asks?|asked|reply|if|poss|possible|clears?)\b|'(?:ll|d)\b|[$€£¥₹%]/i,
  /**
   * What the buyer hands the supplier ("Signed contract by March 10", "Approval of the proofs by
   * Thursday", "Final numbers by Friday", "Access to the site by 8am"): the reader's part, not the
   * supplier's plan.
   */
  buyersInput:
    /\b(?:signed|signature|countersigned|approvals?|approved|sign-?off|confirmation|confirmed|access|numbers|headcount|guest count|feedback|comments|input|answers?|decision|go-ahead|brief|assets|content|copy|logos?|details|info|information|po|purchase order|deposit|payment|questionnaire|forms?|data|list|photos|texts)\b/i,
  /** What the reader does first, which leaves the item the writer's: "after your feedback". */
  readerGoesFirst:
    /\b(?:after|once|upon|following|pending|within \w{1,10} \w{1,10} of|(?:a week |a day |two days |\w{1,10} days )?(?:ahead of|before|in time for)) (?:your|you)(?: [\w-]{2,20})?\b/gi,
  /** "Draft accounts to you by 12 June", "Revised layout to you Tuesday": handed to the reader, the writer's. */
  toReader:
    /^(?!.*\b(?:please|pls|kindly|need|needs|could|can|would|from you)\b)[^?]{2,80}? to you(?: (?:by|on|before|no later than|early|first thing))? (?:the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|today|tonight|end of|eod|cob|next|this)/i,
} as const;

/**
 * The bare dated item read by the side that owes it, or null when the reading of `cls` stands: an
 * ask in the supplier's message becomes its own deliverable, and a deliverable the obligation
 * model found (`fromModel`) stays an ask when it is the buyer's input or the supplier is not the
 * writer (the rules' reading of a bare item, which the models must not turn round). A booking
 * confirmed to the reader is the reader's service when the writer is the one who pays.
 */
export function suppliersOwnItem(
  ctx: MessageContext,
  clause: string,
  cls: Classification,
  due: string | null,
  fromModel = false,
): Classification | null {
  const P = SUPPLIERS_PLAN_PATTERNS;
  // "You're confirmed for Saturday 14 March" from the side that pays books the reader's service
  // (confirmedBooking.ts); from the supplier it stays the writer's.
  if (cls.frame === 'commit' && confirmsBooking(clause))
    return ctx.payee() === ctx.sides.reader ? { ...cls, frame: 'request' } : null;
  // A telegraphic line ("Tech artist shortlist by Tuesday", telegraphic.ts) names no one, as the model's finding does.
  const modelsItem = (fromModel || cls.bare === true) && cls.kind === 'deliverable';
  if ((cls.kind !== 'request' && !modelsItem) || due === null || !P.bareDated.test(clause)) return null;
  // Handed to the reader ("draft accounts to you by 12 June"): the writer's, whoever is paid.
  if (cls.kind === 'request' && P.toReader.test(clause))
    return { frame: 'commit', kind: 'deliverable', confidence: cls.confidence };
  const own = clause.replace(P.readerGoesFirst, ' ');
  if (P.namesOrAsks.test(own)) return null;
  const suppliers = !P.buyersInput.test(own) && ctx.payee() === ctx.sides.writer;
  if (modelsItem) return suppliers ? null : { frame: 'request', kind: 'request', confidence: cls.confidence };
  return suppliers ? { frame: 'commit', kind: 'deliverable', confidence: cls.confidence } : null;
}
