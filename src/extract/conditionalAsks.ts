/**
 * An ask put as the reader's condition for the writer's next step: "If you can send a revised
 * sketch with those changes, I'll sign it off the same day", "If you could do the method
 * statement, that would be a huge help", "If you can get us a PO by Friday, you'll have parts on
 * the 15th". The sentence is cut before the writer's part, and the condition alone stated nothing
 * the rules read; the intent model, trained on whole sentences, passed over most of them. The gold
 * set's tuning part annotates all 16 clauses this pattern finds outside quoted history: 15 as the
 * reader's request, one as a payment. Read with the model's calibrated confidence, so some show
 * under "Maybe".
 *
 * Not when the condition only takes up what the writer offered ("If you can live with that",
 * "If you can accept air freight for part of the order", "If you can do that, we'll sign this
 * week"): there the writer's act is the item, as the annotators mark it.
 */
import { statesReadersCondition } from './conditionSplit';

export const CONDITIONAL_ASK_PATTERNS = {
  readerCan: new RegExp(
    String.raw`^\W{0,3}(?:(?:and|also|so|but|otherwise),? )?if you (?:can|could)(?: please| kindly| also| just| possibly)? (?:send|get|give|sign|return|price|quote|nominate|tell|let (?:me|us) know|come back|confirm|approve|share|forward|provide|book|pay|arrange|check|drop|bring|email|call|update|fill|complete|prepare|put|organi[sz]e|source|find|ask|look|do (?:the|a|an|your|us)|have (?:the|a|an|your|it|them|everything|someone))\b`,
    'i',
  ),
} as const;

/** Whether the clause is the reader's part put as a condition ("If you can send the files by Friday"). */
export function asksIfReaderCan(clause: string): boolean {
  return clause.includes('f you c') && CONDITIONAL_ASK_PATTERNS.readerCan.test(clause);
}

/**
 * Whether the clause sets the reader's part as a condition of the writer's, dated ("April 28 is
 * doable if we have a signed order by March 7": conditionSplit.ts) or not ("If you can send …").
 */
export function setsReadersPart(clause: string): boolean {
  return statesReadersCondition(clause) || asksIfReaderCan(clause);
}
