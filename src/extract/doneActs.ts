/**
 * A hand-over or payment already made, even when its arrival is still ahead: "Order SO-1 shipped
 * this morning - should be with you tomorrow", "Two cases went out with your courier this
 * afternoon", "Samples were couriered today", "Payment of $400 received, thank you". Annotation
 * guide: deliveries and payments already made are signals, not new items; the arrival they
 * announce is the same delivery, not a new one. (A delivery signal is read apart, in signals.ts,
 * and is left as it is.)
 */
import { NOISE_PATTERNS } from './noise';

export const DONE_ACT_PATTERNS = {
  /**
   * Sent or paid today or just before: "shipped this morning", "were couriered today by DTDC",
   * "Payment of $5,550 was released today via ACH".
   */
  doneToday:
    /\b(?:shipped|couriered|dispatched|posted|went out|dropped off|delivered|scanned|uploaded|sent|paid|wired|transferred|(?:was|were|has been|have been) (?:released|processed|made|initiated|approved))\b[^.;!?]{0,40}?\b(?:this morning|this afternoon|earlier today|today|yesterday|last night|just now)\b/i,
  /**
   * Sent or paid just now, said by the act itself: "I've just paid the deposit of €5,898 by bank
   * transfer", "e-transfer for the $300 deposit just went through", "We have wired the balance".
   * The tuning part annotates none of the 11 "just …" acts.
   */
  justDone:
    /\bjust (?:sent|paid|wired|transferred|settled|went through|gone through|cleared|gone out|went out|shipped|dispatched|posted|couriered)\b|\b(?:i|we)(?:'ve| have) (?:paid|wired|transferred|settled)\b/i,
  /** A payment arrived: "Payment of $861.75 received", "Invoice received with thanks". */
  received:
    /^\W{0,3}(?:(?:and|also),? )?(?:your |the )?(?:payment|deposit|remittance|transfer|funds|cheque|balance)\b[^;!?]{0,30}? (?:received|arrived|cleared)\b|\breceived,? with (?:many )?thanks\b/i,
  /** Said before the act, the act is still to come: "will be shipped today", "once paid today". */
  notYet:
    /\b(?:will|'ll|shall|going to|to be|can be|could be|must be|needs? to be|should be|once|when|after|if|until|unless|as soon as)\b/i,
  /**
   * Work reported done by a party named as a noun ("The install crew finished early, by 3pm", "Our
   * engineer fixed the leak this morning"), with nothing asked beside it.
   */
  workDone:
    /^(?:(?:and|also|so|but|fyi|update),? )?(?:the|our|my|your|his|her|their|both|all)(?: (?!(?:must|should|will|would|can|could|shall|may|might|be|been|is|are|has|have|had|needs?|to)\b)[\w'&-]{2,20}){1,3} (?:finished|completed|wrapped up|arrived|turned up|showed up|left|came|fixed|repaired|installed|replaced|sorted|cleared|passed)\b(?![^?]{0,120}\b(?:you|your|please|kindly|could|can|would|need|needs|must|want|wants)\b)(?![^?]{0,120}\?)/i,
  /** Only its arrival ahead: "should be with you tomorrow", "you should see them in your portal". */
  arrival:
    /\b(?:should|will|'ll)(?: be)? (?:with you|at your (?:door|office|site|desk|place)|arrive|land|reach you|get to you|in your (?:inbox|portal|account))\b|\byou (?:should|will|'ll) (?:see|have|get|receive) (?:it|them|this|that)\b/i,
} as const;

/**
 * A past hand-over or payment with nothing ahead but its arrival: no promise, ask or term beside
 * it ("Your invoice, sent today, is due on the 20th" still sets a due day).
 */
export function doneAndArriving(clause: string): boolean {
  const P = DONE_ACT_PATTERNS;
  const act = P.doneToday.exec(clause) ?? P.received.exec(clause) ?? P.justDone.exec(clause);
  if (!act || P.notYet.test(clause.slice(0, act.index))) return false;
  return !NOISE_PATTERNS.futureOrAsk.test(clause.replace(P.arrival, ' '));
}

/** Work reported done, nothing asked beside it (`workDone`). */
export function workReportedDone(clause: string): boolean {
  return DONE_ACT_PATTERNS.workDone.test(clause);
}

export const ATTACHED_NOW_PATTERNS = {
  /** The attachment word, as a predicate or a label ("PO attached", "are enclosed", "Attached:"). */
  attachedWord: /\b(?:re-?)?(?:attached|enclosed)\b/i,
  /**
   * Just before it, a word that makes it part of a noun or a list line: "the attached design",
   * "(attached)", "using the metadata doc attached", "per the drawings attached".
   */
  modifies: /(?:\(|\b(?:the|your|our|my|this|that|using|per|via|from|into|onto|on|in|of) ?)$/i,
  /** A few words before: what a task is done with ("using the config file attached"). */
  madeWith: /\b(?:using|per|via|based on|according to|as in)\b[^,;()]{0,40}$/i,
  /** "(2 copies)" is detail; "(attached)" after the thing makes it a list line. */
  parenthesised: /^\s?\)/,
  /** An ask beside it: "is attached for you to sign", "please countersign", "can you check". */
  askBeside:
    /\b(?:please|pls|kindly|could|can|would|will you|need|needs|must|require|requires|want|wants|like|let me|get back|comments|feedback|thoughts|by|before|within|until|due|sign|countersign|return|complete|fill|review|check|confirm|approve|send|forward)\b|\?/i,
} as const;

/**
 * A thing handed over in this very message, said telegraphically: "Signed agreement attached,
 * with our bank details on page 4", "Insurance certificate and licence (no. 15098827) attached",
 * "Our updated BAA and SOC 2 report are attached for your compliance officer", "Attached: signed
 * grant agreement, W-9 and ACH form". Annotation guide: a delivery is a signal, not a new item, so
 * it asks nothing unless an ask is said beside it. A list line that names a thing with its
 * attachment ("Signed Form 8879 (attached)", "the employee file (template attached) by 21
 * September") or "the attached design" is not this.
 */
export function handedOverNow(clause: string): boolean {
  const P = ATTACHED_NOW_PATTERNS;
  const word = P.attachedWord.exec(clause);
  if (!word) return false;
  const before = clause.slice(Math.max(0, word.index - 12), word.index);
  const after = clause.slice(word.index + word[0].length);
  return (
    !P.modifies.test(before) &&
    !P.parenthesised.test(after) &&
    !P.askBeside.test(clause) &&
    !P.madeWith.test(clause.slice(Math.max(0, word.index - 50), word.index))
  );
}

export const ORDER_SENT_PATTERNS = {
  /** The buyer's order: "PO 7700418", "our PO No. 4417", "The purchase order for the pilot". */
  purchaseOrder: /\b(?:PO|P\.O\.|[Pp]urchase [Oo]rders?)\b/,
  /** What would make it owe something: a term, a sum paid or due, an invoice, a date. */
  termBeside:
    /\b(?:payable|pay|pays|paid|paying|payment|net ?\d+|within|due|settle|remit|wire|transfer|deposit|advance|balance|instal(?:l?ments?)?|invoice|invoiced|on delivery|upon|by|before|until|please|kindly|could|can|would|need|must)\b|\?/i,
} as const;

/**
 * A purchase order sent with this message, its sum beside it: "PO 7700418 attached for A$9,590 +
 * GST", "The purchase order for the pilot (₹98,000 + GST) is attached", "Offer approved, PO
 * attached (PO-FN-0412, 30.150,00 € + IVA)". The order is the buyer's go-ahead handed over; what
 * it owes is said by its terms ("payable net 30", "the 50% deposit by Friday"), which are items of
 * their own. The tuning part annotates 8 of 90 orders sent, mostly those with a term beside them.
 */
export function orderSentNow(clause: string): boolean {
  return orderWithoutTerms(clause) && handedOverNow(clause);
}

/** A purchase order named with no term, sum due, date or ask beside it (also signals.ts). */
export function orderWithoutTerms(text: string): boolean {
  const P = ORDER_SENT_PATTERNS;
  return P.purchaseOrder.test(text) && !P.termBeside.test(text);
}
