/**
 * A promise for a week or a month but no day: "Our finance team will raise a PO next week", "The
 * signed waivers will follow next week", "Our designer will share the Figma files early next
 * week". The date parser gives these no day, so the dated rules dropped them; the gold set
 * annotates the promise all the same, with no due day. index.ts keeps such a clause when the rules
 * read it, once dated, as the writer's deliverable, and only when it is a hand-over by the writer's
 * side said outright: not a negation or a hedge ("will not deliver next week", "will try to send
 * it next week", "… if the budget is approved"), not news of a third party or of the world ("The
 * council will resurface the road next week", "Prices will go up next month"), not a plan for
 * oneself ("Our team will attend the trade fair next week").
 */
import type { Classification } from './classify';

export const WEEK_OR_MONTH_PATTERNS = {
  /** A week or a month named without a day: "this week", "early next week", "later this month". */
  weekOrMonth:
    /\b(?:this|next|the coming|early next|later this|later next|(?:by |at )?the end of (?:this|next|the)) (?:week|month)\b/i,
  /** A negation, a hedge or a condition. */
  hedged:
    /\b(?:not|n't|no longer|never|try to|trying to|hopefully|hope to|if|unless|probably|possibly|might|perhaps|i think|we think|should)\b/i,
  /** "may" and "maybe" in lower case: "the May PO" is a month. */
  hedgedMay: /\b(?:may|maybe|Maybe)\b/,
  /** "…, if not sooner": no hedge. */
  ifNotSooner: /\bif not (?:sooner|before|earlier)\b/gi,
  /** A hand-over promised with "will", by whoever of the writer's side says it (not hedged: see above). */
  promise:
    /\b(?:'ll|will|shall)(?: also| then| both)? (?:send|raise|issue|share|deliver|follow|ship|provide|forward|submit|return|get|have|pay|transfer|wire|confirm|book|install|fit|come|visit|finish|complete|prepare|draft|update|upload|email|call|sign|release|arrange|order|place|post|dispatch|hand|bring|drop|do|report|peg|grade|survey|inspect|test|measure|publish|launch|deploy|renew|file|calculate|be (?:sent|with you|in your inbox|ready|delivered|shipped))\b/i,
  /** News of the world or of an institution, not the writer's side: "The council will …", "Prices will …". */
  notTheWriters:
    /^\W{0,3}(?:the (?:council|city|bank|government|weather|market|landlord|courier|post office|authorit(?:y|ies)|police|airline|port)|prices?|rates?|costs?|they)\b/i,
} as const;

/** Whether the clause, read as the writer's deliverable once dated, is kept with no due day (see above). */
export function promisedForWeekOrMonth(d: Classification, clause: string): boolean {
  const P = WEEK_OR_MONTH_PATTERNS;
  return (
    d.frame === 'commit' &&
    d.kind === 'deliverable' &&
    P.weekOrMonth.test(clause) &&
    !P.hedged.test(clause.replace(P.ifNotSooner, '')) &&
    !P.hedgedMay.test(clause) &&
    P.promise.test(clause) &&
    !P.notTheWriters.test(clause)
  );
}
