/**
 * News that asks nothing, though its words look like an ask to the rules and the model:
 * - a count given: "Final numbers: 57 people, including 8 vegetarians", "Final numbers for
 *   Saturday: 16 kids and 11 adults" (the parts treat it as news or drift; 11 of 11 unannotated
 *   in the tuning part), while "Final numbers by Friday 9 April, please" still asks;
 * - how to find someone on arrival: "Ask for Mel at reception", "please ask for me at the front
 *   desk" (9 of 10 unannotated in the tuning part);
 * - news the models retrained in the sixth round of 7 December 2026 took for a promise: a thing to
 *   be included in a report ("The results will be included in the quarterly review") and what a day
 *   is at a venue ("Saturday 14 March is open mic night at the venue").
 */

export const NEWS_ONLY_PATTERNS = {
  finalNumbers:
    /^\W{0,3}(?:final|confirmed|updated|revised) (?:numbers|headcount|head count|guest count|count|numbers are)(?: for [\w ]{1,20})?:\s{0,3}(?:we(?:'ll| will|'re| are) (?:now )?be |it's |it is |now )?\d/i,
  askForAtDesk:
    /\b[Aa]sk for (?:me|us|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:at|in) (?:the )?(?:main |front |site )?(?:reception|desk|gate|security|lobby|entrance|door|office|porters' lodge)\b/,
  /** See the module comment: a report's contents, a day's event. */
  reportOrGuess:
    /\bwill be (?:included|discussed|covered|presented|mentioned|shown|listed|reported) in (?:the|our|your|a|next) (?:[\w-]{2,20} ){0,2}(?:review|report|update|newsletter|minutes|summary|deck|presentation|round-?up|digest|notes|briefing)\b|^\W{0,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)?(?: [a-z]{3,9})? is (?!(?:still |also )?(?:free|available|open(?! mic)|yours|booked|reserved|confirmed|fine|ok|good)\b)/i,
} as const;

/** Whether the clause only gives a count, says how to find someone on arrival, or gives news (above). */
export function givesNewsOnly(clause: string): boolean {
  const P = NEWS_ONLY_PATTERNS;
  return (
    (clause.includes(':') && P.finalNumbers.test(clause)) ||
    (clause.includes('sk for') && P.askForAtDesk.test(clause) && !clause.includes('would ')) ||
    P.reportOrGuess.test(clause)
  );
}
