/**
 * News that asks nothing, though its words look like an ask to the rules and the model:
 * - a count given: "Final numbers: 57 people, including 8 vegetarians", "Final numbers for
 *   Saturday: 16 kids and 11 adults" (the parts treat it as news or drift; 11 of 11 unannotated
 *   in the tuning part), while "Final numbers by Friday 9 April, please" still asks;
 * - how to find someone on arrival: "Ask for Mel at reception", "please ask for me at the front
 *   desk" (9 of 10 unannotated in the tuning part).
 */

export const NEWS_ONLY_PATTERNS = {
  finalNumbers:
    /^\W{0,3}(?:final|confirmed|updated|revised) (?:numbers|headcount|head count|guest count|count|numbers are)(?: for [\w ]{1,20})?:\s{0,3}(?:we(?:'ll| will|'re| are) (?:now )?be |it's |it is |now )?\d/i,
  askForAtDesk:
    /\b[Aa]sk for (?:me|us|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:at|in) (?:the )?(?:main |front |site )?(?:reception|desk|gate|security|lobby|entrance|door|office|porters' lodge)\b/,
} as const;

/** Whether the clause only gives a count or says how to find someone on arrival. */
export function givesNewsOnly(clause: string): boolean {
  const P = NEWS_ONLY_PATTERNS;
  return (
    (clause.includes(':') && P.finalNumbers.test(clause)) ||
    (clause.includes('sk for') && P.askForAtDesk.test(clause) && !clause.includes('would '))
  );
}
