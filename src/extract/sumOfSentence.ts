/**
 * A payment said without its sum pays the one sum said earlier in its sentence: "Invoice FV/07 for
 * 5 904,00 zł is attached; payment within a fortnight, please", "I've had the invoice for £1,894;
 * we'll pay it by bank transfer on Friday", "Lumper receipt for $210 attached, please reimburse with
 * the linehaul". The bill may be named in a word the price rules do not know ("The CFDI for the
 * anticipo ($17,110 MXN) is attached"), so the sum is taken from the sentence wherever a bill is
 * named in it, and never from money paid, credited or set aside (the review of the eighth round).
 */
import { findMoney } from './money';
import type { Money } from '../core/expectation';

export const SUM_OF_SENTENCE_PATTERNS = {
  /**
   * The payment names a part of a sum, which the earlier sum need not be: "the balance", "the 30%
   * deposit", "half", "the rest", "the second instalment", "the difference".
   */
  partOfSum:
    /\b(?:balance|remaining|remainder|rest|half|deposit|advance|retainer|instal?ments?|difference|extra|excess|top-?up|\d{1,3} ?%)\b/i,
  /**
   * The earlier part names a bill sent or had: an invoice, a bill, a receipt, a statement, a pro
   * forma, or the word for an invoice where the thread is set ("CFDI", "factura", "Rechnung").
   */
  billNamed:
    /\b(?:invoices?|bills?|receipts?|statements?|pro[- ]?formas?|cfdi|factura|fattura|facture|rechnung|faktura|fatura)\b/i,
  /**
   * …and is not about money paid, credited or set aside: "Payment of $1,200 received", "a credit
   * note for $350", "Your refund of €75", "We've waived the $150 charge", "Your budget was
   * $10,000", "The purchase order for £9,000".
   */
  notTheBill:
    /\b(?:paid|payment of|credit(?:ed)?|refund(?:ed)?|waived?|discount(?:ed)?|deducted|budget|estimate|purchase order|PO)\b/i,
  /** The earlier sum is a rate or a limit, not a bill: "$60/hour", "€95 per unit", "over $5,000". */
  rateAfter: /^[^,;.]{0,12}?(?:\/|\bper\b|\ban? (?:hour|day|week|month|year|head|person|unit|kg)\b)/i,
  /** The sum's own first token ("$60", "€", "5"), skipped before looking for a rate after it. */
  sumToken: /^\S+/,
  limitBefore:
    /\b(?:over|under|above|below|up to|at least|at most|more than|less than|budget of|limit of)\W{0,3}$/i,
} as const;

/**
 * The sum a payment clause with none of its own pays, from the sentence before it (`before`),
 * or null: there must be exactly one sum there, a bill's named there (not money paid, credited or
 * budgeted), and the clause must not name a part of it.
 */
export function sumSaidBefore(before: string, clause: string, home: string): Money | null {
  const P = SUM_OF_SENTENCE_PATTERNS;
  if (P.partOfSum.test(clause) || !P.billNamed.test(before) || P.notTheBill.test(before)) return null;
  const sums = findMoney(before, home);
  if (sums.length !== 1) return null;
  const [only] = sums;
  if (P.rateAfter.test(before.slice(only!.index).replace(P.sumToken, ''))) return null;
  if (P.limitBefore.test(before.slice(Math.max(0, only!.index - 20), only!.index))) return null;
  return only!.money;
}
