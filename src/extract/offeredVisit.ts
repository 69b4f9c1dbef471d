/**
 * A visit offered to the reader: "I can come on Wednesday 28 October", "we could be with you on
 * Tuesday 16 February", "I can be at the chapel on Tuesday May 13 to assess everything". Not where
 * the writer happens to be, which the commitment model had read it as (obligation.ts): 20 of 21
 * such clauses in the gold set are annotated.
 */
export const OFFERED_VISIT_PATTERNS = {
  visitOffered:
    /\b(?:i|we) (?:can|could) (?:come|pop|call|drop|swing|be (?:with you|at|there|on site|onsite))(?: (?:out|over|round|around|up|down|by|in|back))?\b/i,
} as const;

export function offersVisit(clause: string): boolean {
  return clause.includes(' c') && OFFERED_VISIT_PATTERNS.visitOffered.test(clause);
}
