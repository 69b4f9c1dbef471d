/**
 * The opening line of an enquiry that only says what the writer is organising: "I'm organising a
 * team-building evening for our product team (30 people)", "I'm putting together a team event
 * for our Chicago office (about 30 people), and your pasta class came highly recommended". The
 * tuning part annotates 3 of 24 such sentences, each for the ask that follows in the same
 * sentence ("…, and we'd love to book one of your sushi workshops"), which its own clause keeps.
 * The intent model reads some openings as asks; this clause alone asks nothing.
 */
export const EVENT_INTRO_PATTERNS = {
  /** "I'm organising / planning / putting together a …" at the head of the clause. */
  organising:
    /^\W{0,3}(?:(?:hi|hello|dear) [\w-]+,? )?(?:i['’]m|i am|we['’]re|we are)(?: currently| now)? (?:organi[sz]ing|planning|putting together|pulling together|arranging|coordinating) (?:an?|the|our|my|this year's|next year's) /i,
  /** An ask in the same clause: then the intent model's reading stands. */
  asks: /\?|\b(?:please|kindly|could|can|would|will|love to|like to|want|wondering|hoping|need|needs|you|book|quote|price|site visit|visit you|visit your|call you|a call|meet you|meeting with you)\b|'d\b|'ll\b/i,
} as const;

/** Whether the clause only opens an enquiry with what the writer is organising. */
export function opensWithOwnEvent(clause: string): boolean {
  const P = EVENT_INTRO_PATTERNS;
  return P.organising.test(clause) && !P.asks.test(clause);
}
