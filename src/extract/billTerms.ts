/**
 * The terms of a bill sent with this message, which count from the sent day ("Invoice for $4,800
 * is attached, 30 days", "…in your inbox, due on receipt"; dates.ts `idiom`).
 */

export const BILL_TERMS_PATTERNS = {
  /**
   * A bill sent with this message: "invoice … is attached", "Proforma PI-311 is attached", "in
   * your inbox".
   */
  billNoun: /\b(?:invoice|bill|statement|pro[- ]?forma)\b/i,
  /** Read in the 110 characters after the bill noun (`billSentNow`), so no pattern spans a window. */
  sentNowWord: /\b(?:attached|enclosed|in your inbox|herewith|(?<!\bbe )on its way)\b/i,
  /**
   * Before the sent-now word: a bill still to come ("will be issued on completion and is due on
   * receipt, with … attached").
   */
  notYet: /\b(?:will|'ll|shall|to be|once|upon|on completion)\b/i,
  attachedBill:
    /\b(?:attached|enclosed)(?: (?:is|are|please find))? (?:our |my |the )?(?:[\w-]{2,20} ){0,2}invoice\b/i,
  /**
   * Bare terms after the bill: ", 30 days", "payment term 14 days", "payable in 10 days", ", 14-day
   * terms", "payable within your usual 14 days", "the usual 14 days".
   */
  bareTerm:
    /(?:, |\bpayment terms?:? (?:is |of )?|\bterms:? |\b(?:payable|due) (?:in|at|within) (?:(?:your|our|the) )?(?:(?:usual|standard|normal) )?|\b(?:your|our|the) (?:usual|standard|normal) )(\d{1,3})[- ]days?\b(?:'? terms\b)?(?! (?:from|after|of|end)\b)/i,
  onReceipt: /\b(?:due|payable) (?:up)?on receipt\b|\bpayable immediately\b/i,
} as const;

/** A bill sent with this message: "invoice … is attached", "enclosed is our invoice", "in your inbox". */
export function billSentNow(text: string): boolean {
  const P = BILL_TERMS_PATTERNS;
  if (P.attachedBill.test(text)) return true;
  const noun = P.billNoun.exec(text);
  if (!noun) return false;
  // Long enough for a number, a sum and what it is for between the bill and "is attached"
  // ("Our invoice F-2026-0412 for the 30% deposit, 2.639,01 € IVA incluido, is attached").
  const after = text.slice(noun.index, noun.index + 110);
  const stop = after.search(/[;!?\n]/);
  const window = stop === -1 ? after : after.slice(0, stop);
  const now = P.sentNowWord.exec(window);
  return now !== null && !P.notYet.test(window.slice(0, now.index));
}

/**
 * The last bare term in the text: the terms close the sentence, while a count of days may come
 * before them ("My invoice for May (3 days at £450) is attached, the usual 14 days").
 */
export function lastTerm(text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  let from = 0;
  for (
    let m = BILL_TERMS_PATTERNS.bareTerm.exec(text);
    m;
    m = BILL_TERMS_PATTERNS.bareTerm.exec(text.slice(from))
  ) {
    m.index += from;
    found = m;
    from = m.index + m[0].length;
  }
  return found;
}
