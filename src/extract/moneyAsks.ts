/**
 * Asks about money that are not asks to pay (issue 9): a request for a bill or a money paper, a
 * question about when money moves, and the calendar deadline that turns a bar into a hand-over.
 * The classifier reads them before the payment words, which would otherwise win.
 */
import { CLASSIFY_PATTERNS } from './classifyPatterns';

export const MONEY_ASK_PATTERNS = {
  /** "send (us) your fee proposal", "issue the deposit invoice", "share the remittance advice". */
  moneyPaper:
    /\b(?:send|share|submit|issue|email|e-mail|forward|raise|provide|resend)(?: (?:us|me|over|through|across))?(?: (?:the|your|an?|updated|new|revised|corrected|final|our)){0,3} (?:[\w-]{2,20} ){0,2}(?:invoices?|fee (?:proposal|schedule|quote)|quote|quotation|estimate|remittance(?: advice)?|bank details|purchase order|PO|receipts?|statement|credit note|pro-?forma)\b/i,
  /** "please pay", "kindly settle", "remit payment": the reader asked to pay. */
  payAsk:
    /\b(?:please|kindly|pls|could you|can you|would you)(?: \w+)? (?:pay|settle|remit|transfer|wire)\b|^(?:pay|settle|remit)\b/i,
  /**
   * A deadline on a calendar day, not a time of day ("by 15 January", "by Friday"; not "end by
   * 5.30pm"), also before a dated event ("has to be live before our spring sale on May 15") or a
   * day the thing must happen on ("The board shoot has to happen on 24 February").
   */
  datedDeadline:
    /\b(?:by|no later than|before) (?:(?:the )?end of|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|the \d{1,2}(?:st|nd|rd|th)\b|tomorrow|today|tonight|eod|cob)|\b(?:before (?:our|we|the|your) (?:[\w'-]{1,20} ){0,4}|(?:happen|take place|be (?:live|done|finished|ready|installed|completed|delivered|in place)) )on (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|the \d{1,2}(?:st|nd|rd|th)\b)/i,
  /**
   * "What sort of budget are we looking at?", "Ballpark, what price would we be talking about?":
   * the reader asked what the work would cost (a question, checked by the caller).
   */
  whatPrice:
    /^\W{0,3}(?:[\w-]{2,12},? ){0,2}(?:what|which)(?: (?:sort|kind|type|size|range|ballpark|level) of)? (?:budget|price|pricing|cost|costs|fee|fees|rate|rates|figure|investment|spend|ballpark)\b(?! (?:did|was|were|had)\b)[^?]{0,50}(?:looking at|talking about|talking|expect|need|plan for|budget for|be)\W{0,3}\?\W{0,3}$/i,
  whenWhether: /\b(?:when|whether|how soon|is (?:the|your|it|this) [\w ]{0,20}(?:payable|due))\b/i,
  /** "… so I can send off a cheque": what the writer will do with what is asked. */
  writersPurpose: /\bso (?:that )?(?:i|we) (?:can|could|may|will)\b/i,
} as const;

/**
 * The reader is asked for a bill or money paper ("send us your fee proposal", "share the
 * remittance advice", "could you send the deposit invoice to ap@…"), asked when or whether
 * money moves ("Could you let me know when payment will be made?") or what the work would cost
 * ("What sort of budget are we looking at?"), not asked to pay.
 */
export function asksAboutMoney(clause: string): boolean {
  const P = MONEY_ASK_PATTERNS;
  if (P.payAsk.test(clause)) return false;
  if (P.moneyPaper.test(clause)) return true;
  if (!clause.trimEnd().endsWith('?')) return false;
  return P.whenWhether.test(clause) || P.whatPrice.test(clause);
}

/** "What sort of budget are we looking at?", "Ballpark, what price would we be talking about?". */
export function asksThePrice(clause: string): boolean {
  return clause.trimEnd().endsWith('?') && MONEY_ASK_PATTERNS.whatPrice.test(clause);
}

/**
 * An ask whose money or meeting words are only the writer's purpose after it ("Could you e-mail
 * me your mailing address so I can send off a cheque", "Please sign and return by December 18 so
 * we can schedule the Q1 visit"): what is asked is the address or the signature, a request.
 * Not an ask to pay ("please pay by EFT today so we can release the transcript").
 */
export function asksForWritersPurpose(clause: string): boolean {
  const P = MONEY_ASK_PATTERNS;
  const purpose = P.writersPurpose.exec(clause);
  if (purpose === null) return false;
  const asked = clause.slice(0, purpose.index);
  return !P.payAsk.test(asked) && !CLASSIFY_PATTERNS.moneyThing.test(asked);
}
