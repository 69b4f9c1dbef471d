/**
 * A thing of the reader's due at the writer's by a day: "Quotations have to reach us by 5pm on
 * Friday 12 June", "The quote should reach me by Friday 13 November", "anything needing their
 * approval should reach me by 24 February" (12 of 13 such sentences of the tuning part are the
 * reader's requests). Not a forecast of goods on their way ("The parcel should reach us by
 * Friday, the courier says", "Our new laptops should be with us by the 20th"), nor the writer's
 * own things: with "should" only a document or an answer the reader sends is asked for.
 */
const VERB_AND_WRITER = String.raw`(?: (?:all|also|still))? (?:reach|get to|be with) (?:us|me|(?:our|my) [\w-]{2,20}) (?:by|before|no later than|not later than|within)\b`;
/** Not a pronoun or the writer's own people or things. */
const SUBJECT = String.raw`^(?!\W{0,3}(?:(?:and|so|but),? )?(?:it|this|that|they|he|she|i|we|you|which|our|my)\b)`;

export const REACHES_WRITER_PATTERNS = {
  /** "must / has to / needs to reach us by …": a requirement on whatever is named. */
  mustReach: new RegExp(
    String.raw`${SUBJECT}(?:[\w'’&/.,-]{1,25} ){1,6}?(?:must|has to|have to|needs? to|will need to|would need to)${VERB_AND_WRITER}`,
    'i',
  ),
  /** "should reach me by …" only for a document or an answer the reader sends. */
  shouldReach: new RegExp(
    String.raw`${SUBJECT}(?:[\w'’&/.,-]{1,25} ){0,5}?(?:quotes?|quotations?|proposals?|offers?|tenders?|bids?|applications?|forms?|invoices?|documents?|approval|sign-?off|confirmation|answers?|reply|replies|figures|numbers|names|details|list|artwork|files?|drawings?|copy|text|payment|deposit|balance|instal{1,2}ments?|remittance|funds|transfer|contract|agreement|signatures?|order|orders|cvs?|references)(?: [\w'’&/.,-]{1,25}){0,4}? should${VERB_AND_WRITER}`,
    'i',
  ),
  /** Whose word it is: a forecast passed on ("the courier says", "according to Dell"). */
  attribution:
    /\b(?:says|say|said|tells? us|told us|according to|from the (?:factory|supplier|manufacturer|mill|warehouse))\b/i,
} as const;

/** Whether the clause asks the reader for a thing that must reach the writer by a day. */
export function dueAtWritersBy(clause: string): boolean {
  if (!clause.includes(' reach') && !clause.includes(' get to') && !clause.includes(' be with')) return false;
  const P = REACHES_WRITER_PATTERNS;
  // The attribution vetoes only a forecast: "As the tender notice says, bids must reach us by noon" is the rule.
  return P.mustReach.test(clause) || (P.shouldReach.test(clause) && !P.attribution.test(clause));
}
