/**
 * Money the side that bills owes back: a credit, a credit note or a refund ("Femke has approved a
 * credit of CA$43.00 for the two cases", "A credit note for the 14 crates (€258,30) will follow with
 * this week's invoice", "Credit for the 46 towels at replacement cost (A$667 total), on your July
 * statement"). Stated without a payer, it is the payee's to give, not the thread payer's to pay;
 * and it says nothing about who pays the thread's bills, so it neither votes nor follows there
 * (threadPayer.ts). Not a credit that is part of a price ("A retainer of CA$5,000, credited
 * against the final invoice", "Total after the $6,500 trade-in credit", "less the credit"), nor
 * one a bill already reflects ("our May invoice … already reflects the restroom credit").
 * In the gold set's tuning part, 12 of the 29 payments about credits are the payee's, each of
 * this shape (issue 9, 6 December 2026, early morning).
 */
import type { Side } from '../core/expectation';
import { payerFor } from './payee';

export const CREDIT_BACK_PATTERNS = {
  creditOwed:
    /\b(?:credit notes?|(?:a |the )?credits? (?:of|for)|refunds? (?:of|for)|(?:a|the) refund)\b|^\W{0,3}credit\b/i,
  partOfPrice:
    /\bcredited (?:against|to|back|on|towards)\b|\b(?:after|less|minus|net of|before) (?:a |an |the |your )?(?:[\w$€£.,-]{1,12} )?(?:credit|rebate)\b|\b(?:tax|trade-in|trade in|federal|solar|stc) (?:credit|rebate)s?\b|\bcredit (?:card|application|check|terms|limit|account)\b|\b(?:reflects|includes|including|incl\.?) (?:the |a |your )?(?:[\w$€£.,-]{1,20} ){0,3}credit\b/i,
} as const;

/** Whether the clause states money owed back by the side that bills (see the module comment). */
export function creditBack(clause: string): boolean {
  if (!clause.includes('redit') && !clause.includes('efund')) return false;
  const P = CREDIT_BACK_PATTERNS;
  return P.creditOwed.test(clause) && !P.partOfPrice.test(clause);
}

/** Who pays `clause` when it names no payer: the payee for money owed back, else `payer`. */
export function payerOfClause(clause: string, payer: () => Side): () => Side {
  // Owed back by the side that is not the payer: the other side of `payer`, as payerFor names it.
  return creditBack(clause) ? () => payerFor(payer()) : payer;
}
