/**
 * What the writer's side brings or provides with the job, said in the present tense as part of
 * an offer: "We bring our own sound system", "We provide race suits, helmets and balaclavas in all
 * sizes", "We lend each café a cabinet free of charge". The writer's deliverable, with no day:
 * the guide's "a side commits to hand over or do work", said the way suppliers describe what the
 * price includes. No rule read them before: "we bring" without a day is no promise of one.
 *
 * Only at the head of the sentence and of things, not of where or when the writer works ("We
 * deliver to Bengaluru every Tuesday" is a routine, left to the rules on standards), nor of what
 * the writer does for a living ("We provide bespoke cleaning services across the UK", marketing).
 */

export const SUPPLIED_OUTRIGHT_PATTERNS = {
  /** "We bring our own …", "We also provide …", "And we supply …", "we lend you two heaters". */
  supplies:
    /^\W{0,3}(?:(?:and|also|plus),? )?(?:we|i) (?:also |always )?(?:(?:lend|loan)s? (?:you |each )?|(?:bring|provide|supply)s? )(?!you\b|(?:a |an |the )?(?:full |wide |complete |range |variety )|(?:[\w-]{2,20} ){0,2}(?:services?|solutions|support|consultancy|training)\b|(?:to|for|in|across|throughout)\b)/i,
  /** A routine or a habit of the trade, not this job's kit: "every Tuesday", "to most of London". */
  routine:
    /\b(?:every|each week|weekly|daily|monthly|usually|normally|typically|generally|across|nationwide|throughout|clients|customers|businesses|companies)\b/i,
} as const;

/** Whether the clause says what the writer's side brings or provides for the job. */
export function suppliesOutright(clause: string): boolean {
  const P = SUPPLIED_OUTRIGHT_PATTERNS;
  return !clause.includes('?') && P.supplies.test(clause) && !P.routine.test(clause);
}
