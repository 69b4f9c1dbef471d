/**
 * Who pays a payment stated without a payer ("payable within 14 days", "the total comes to
 * $8,940"): the side that is not the payee. The payee is the side that quotes, prices or
 * invoices: a contractor's "My invoice for €1,800 follows" makes the user pay it, the user's
 * "Our invoice for $18,000 is attached" makes the client pay. The message's own words decide
 * first, then the thread's; with no evidence the client pays, since Accord's user is usually the
 * one paid.
 */
import type { Side } from '../core/expectation';
import type { Sides } from './owner';

export const PAYEE_PATTERNS = {
  /** The writer bills: "my invoice", "our fee", "invoice 2209 … attached", "I'll invoice you", "quote attached". */
  writerBills:
    /\b(?:my|our) (?:[\w-]{2,20} ){0,2}(?:invoice|invoices|fee|fees|rate|rates|day rate|quote|quotation|estimate|price|prices|pricing|charges|bill)\b|\b(?:invoice|quote|quotation|estimate|bill) (?:[#\w.-]{1,14} )?(?:for [^.?!;]{1,30} )?(?:is |are )?(?:attached|enclosed|follows|below)\b|\b(?:attached|enclosed) (?:is|are|please find|you'll find|you will find) (?:the |our |my |an |a )?(?:[\w-]{2,20} ){0,2}(?:invoice|quote|quotation|estimate)\b|\b(?:i|we)(?:'ll| will| shall| can)? (?:invoice|bill|charge) (?:you|the)\b|\b(?:quote|quotation|estimate) attached\b|\bthe (?:quote|quotation|estimate|price|total) (?:is|comes to|will be)\b|\bplease (?:remit|pay)\b|\bpayable to (?:me|us)\b/i,
  /** The reader bills: "your rate", "we received your invoice", "send us a quote", "could you quote". */
  readerBills:
    /\byour (?:usual |standard |normal |hourly |day |daily )?(?:rate|rates|fee|fees|price|prices|charges)\b|\b(?:received|got|paid|pay|process|processed|approve|approved|settle|settled|have|check|checked) your (?:[\w-]{2,20} )?(?:invoice|bill|quote|quotation|estimate)\b|\bwithin \d{1,3} days of your invoice\b|\b(?:could|can|would) you (?:please )?quote\b|\b(?:please )?(?:send|email|forward) (?:me |us )?(?:over )?(?:a |an |the |your )?(?:[\w-]{2,20} ){0,3}(?:quote|quotation|estimate|price list|invoice)\b/i,
  invoiceWord: /\b(?:invoice|invoices|bill)\b/i,
  /** "I'll send …", "we will email …": the writer sends, so a send-the-invoice phrase is not an ask. */
  writerSends:
    /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| can)? (?:also )?(?:send|email|forward)\b|\blet me (?:send|email|forward)\b/i,
} as const;

/** The side that bills in this text, from its writer's point of view; null when nothing says. */
export function payeeIn(text: string, sides: Sides): Side | null {
  const P = PAYEE_PATTERNS;
  const reader = P.readerBills.exec(text);
  const writer = P.writerBills.exec(text);
  // "I'll send the invoice" is the writer billing, not a request for the reader's invoice.
  const readerAsk = reader !== null && !(reader[0].includes('invoice') && P.writerSends.test(text));
  if (writer && !readerAsk) return sides.writer;
  if (readerAsk && !writer) return sides.reader;
  if (!writer || !reader) return null;
  // Both: an invoice outweighs a rate or fee ("Our rate is $0.20 a word, paid within 15 days of
  // your invoice" is written by the one who pays).
  const writerInvoice = P.invoiceWord.test(writer[0]);
  const readerInvoice = P.invoiceWord.test(reader[0]);
  if (writerInvoice === readerInvoice) return null;
  return writerInvoice ? sides.writer : sides.reader;
}

/** The side that pays: the one that is not the payee. */
export function payerFor(payee: Side | null): Side {
  return payee === 'client' ? 'us' : 'client';
}

/** Counts billing evidence over a thread's messages (live text only) and names the payee, or null. */
export function threadPayee(messages: { text: string; sides: Sides }[]): Side | null {
  let us = 0;
  let client = 0;
  for (const m of messages) {
    const side = payeeIn(m.text, m.sides);
    if (side === 'us') us++;
    else if (side === 'client') client++;
  }
  if (us === client) return null;
  return us > client ? 'us' : 'client';
}
