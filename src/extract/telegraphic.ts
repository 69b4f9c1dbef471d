/**
 * A hand-over written telegraphically, a thing and its day with no verb: "Tech artist shortlist
 * by Tuesday the 19th.", "Kiddie pool: resurfacing quote by Friday.", "Karoo: first fix for Block
 * A completed by 22 January". The annotation guide counts these ("Floor plan by Fri") as the
 * writer's side's deliverables, as it does bare list lines; in prose no rule read them.
 *
 * Only a short clause counts: up to eight words before "by", "before" or "no later than", and
 * nothing after the day. A subject, a modal or an auxiliary anywhere makes it a sentence of its
 * own, which the other rules read ("We need the plan by Friday", "Title by June 12 is fine").
 */

export const TELEGRAPHIC_PATTERNS = {
  /**
   * A few words, then the deadline, then the clause ends. It opens with a capital, as a sentence
   * or a line does: a lower-case start is the tail of a longer sentence ("we need … | the outlet
   * contact list by 25 February"), which the rules read whole.
   */
  byDay:
    /^[^\p{L}\d]{0,3}[\p{Lu}\d](?:[\p{L}\d&'’/+#.-]*:? ){1,8}(?:by|before|no later than)\s[^,;:?!]{1,40}$/u,
  /** Money owed said so ("Balance by 8 January"): a payment the payer's rules read. */
  moneyWord: /\b(?:balance|deposit|payment|invoice|instal?ments?|fee|retainer)s?\b/i,
  /** A subject, a modal or an auxiliary: a sentence, not a telegraphic line. */
  sentenceWord:
    /\b(?:i|we|you|your|yours|he|she|they|it|there|this|that|is|are|was|were|be|been|will|would|can|could|should|must|shall|may|might|need|needs|have|has|had|do|does|did|please|pls|let|thanks|thank|if|when|once|until|unless|works|suits|leaves|requires|wants|expects|asks|says|means|looks|seems)\b|'(?:ll|s|re|m|d|ve)\b|^\W{0,3}(?:to|for|with|in|on|at|from|after|before)\b/i,
} as const;

/** Whether the clause is a thing and its deadline only. */
export function telegraphicByDay(clause: string): boolean {
  const P = TELEGRAPHIC_PATTERNS;
  const text = clause.trim();
  if (!P.byDay.test(text)) return false;
  return !P.sentenceWord.test(text) && !P.moneyWord.test(text);
}
