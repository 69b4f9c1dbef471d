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
import { writerPriceIn } from './prices';

export const PAYEE_PATTERNS = {
  /** The writer bills: "my invoice", "our fee", "invoice 2209 … attached", "I'll invoice you", "quote attached", "the hire fee for 14 May is". */
  writerBills:
    /\b(?:i|we)(?:'ll| will| shall| can)? (?:invoice|bill|charge) (?:you|the)\b|\b(?:quote|quotation|estimate) attached\b|\bthe (?:[\w-]{2,20} )?(?:quote|quotation|estimate|price|total|fee|rate|cost|charge|hire|rental)s? (?:for [^.,;?!]{2,30} )?(?:is|are|comes to|will be)\b|\bplease (?:remit|pay)\b|\bpayable to (?:me|us)\b/i,
  /** "my invoice", "our day rate": read in a short window after "my"/"our". */
  ownWord: /\b(?:my|our)\b/gi,
  ownBill:
    /^ (?:[\w-]{2,20} ){0,2}(?:invoice|invoices|fee|fees|rate|rates|quote|quotation|estimate|price|prices|pricing|charges|bill)\b/i,
  /** "Attached is the March invoice": read in a short window after the attachment words. */
  attachedWord: /\b(?:attached|enclosed) (?:is|are|please find|you'll find|you will find)\b/gi,
  /** The reader bills: "your rate", "we received your invoice", "send us a quote", "could you quote". */
  readerBills:
    /\byour (?:usual |standard |normal |hourly |day |daily )?(?:rate|rates|fee|fees|price|prices|charges)\b|\b(?:received|got|paid|pay|process|processed|approve|approved|settle|settled|have|check|checked) your (?:[\w-]{2,20} )?(?:invoice|bill|quote|quotation|estimate)\b|\bwithin \d{1,3} days of your invoice\b|\b(?:could|can|would) you (?:please )?quote\b/i,
  /** A bill named, then said to be attached ("Invoice 2209 for $4,850 is attached"): read in a short window. */
  billNoun: /\b(?:invoice|quote|quotation|estimate|bill|claim)\b/gi,
  /** A decimal point ("€4.850,00") does not end the window. */
  attachedAfter: /^(?:[^.?!;]|\.(?=\d)){0,40}\b(?:attached|enclosed|follows|below)\b/i,
  /** "Please find attached Progress Claim #3": read in a short window after the attachment words. */
  findAttached: /\b(?:please find|find|i've|i have|we've|we have|here is|here's) (?:attached|enclosed)\b/gi,
  claimAfter: /^[^.?!;]{0,30}\b(?:invoice|claim|bill|statement|quote|quotation|estimate)\b/i,
  /** An ask to send a bill ("send us a quote", "please email the invoice"): read in a short window. */
  sendVerb: /\b(?:send|email|forward)\b/gi,
  billAfter: /^[^.?!;]{0,30}\b(?:quote|quotation|estimate|price list|invoice)\b/i,
  invoiceWord: /\b(?:invoice|invoices|bill)\b/i,
  /** "I'll send …", "we will email …": the writer sends, so a send-the-invoice phrase is not an ask. */
  writerSends:
    /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| can)? (?:also )?(?:send|email|forward)\b|\blet me (?:send|email|forward)\b/i,
} as const;

/** The side that bills in this text, from its writer's point of view; null when nothing says. */
/** The first place where `head` matches and `after` matches the text that follows it. */
function windowed(text: string, head: RegExp, after: RegExp): RegExpExecArray | null {
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const a = after.exec(tail);
    if (a) {
      const found = [m[0] + a[0]] as unknown as RegExpExecArray;
      found.index = m.index;
      return found;
    }
  }
  return null;
}

export function payeeIn(text: string, sides: Sides): Side | null {
  const P = PAYEE_PATTERNS;
  const reader = P.readerBills.exec(text) ?? windowed(text, P.sendVerb, P.billAfter);
  const writer =
    P.writerBills.exec(text) ??
    writerPriceIn(text) ??
    windowed(text, P.ownWord, P.ownBill) ??
    windowed(text, P.attachedWord, P.billAfter) ??
    windowed(text, P.billNoun, P.attachedAfter) ??
    windowed(text, P.findAttached, P.claimAfter);
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
