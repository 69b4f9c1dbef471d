/**
 * What people wear for the job, said as a rule or a promise: "Everyone should wear clothes they
 * don't mind getting wax on", "Closed shoes are required in the dairy", "Hard hats, S3 boots and
 * hi-vis are mandatory on site", "Our croupiers will wear dinner jackets and bow ties", "Our drivers
 * wear 1950s uniforms with caps". The gold set's tuning part annotates 86 such clauses as
 * standards: 70 on the reader's side (what the writer requires of the reader's people), 16 on the
 * writer's (what the writer's own people will wear); 35 more, mostly asked with "please", as requests. No rule read most of them: "wear" is neither
 * a supplying verb nor an ask, and "must wear" was read only where a bar's own words came with it.
 *
 * Read where no other rule reads the clause (classify.ts ends with it), and never as a question
 * ("could the driver wear a vintage cap?" is asked, and the ask rules read it).
 */
import type { Classification } from './classify';
import { DATE_HINT } from './dateHint';

export const DRESS_CODE_PATTERNS = {
  /** Wearing itself. */
  wearing: /\b(?:wear|wears|wearing|dressed in)\b/i,
  /** The kit named: closed shoes, safety boots, hi-vis, hard hats, attire; or a dress code. */
  kit: /\b(?:closed[- ]toed?(?: shoes| footwear)?|closed shoes|flat shoes|sturdy shoes|non-slip shoes|safety (?:shoes|boots|vests?)|steel[- ]capped boots|hard hats?|hi-?vis|high-vis|attire|dress code)\b/i,
  /** Wear that is no clothing: "wear and tear", "(normal wear)", "will wear faster", "wears a hearing aid", a mascot's name. */
  notClothing:
    /\bwear (?:and tear|it out|them out|out|down|off|thin|faster|quicker|quickly|slower|evenly|unevenly|badly|better|well|over time|on\b|comfortably|if\b|[\w-]{2,20} out\b)|\bnormal wear\b|\bwear(?:s|ing)? (?:a )?(?:hearing aids?|glasses|contact lenses|pacemaker)\b|\bwearing [A-Z][a-z]|\b(?:wore|worn)\b/,
  /** Wearing bound by a modal, a plea, an ask or a promise ("must wear", "please wear", "asked that your crew wear", "will wear"). */
  boundWearing:
    /\b(?:must|should|need to|needs to|has to|have to|will|'ll|please|(?:ask|asks|asked|require|requires|required|insists?)(?: that)?(?: [\w'-]{1,20}){1,6} to|(?:ask|asks|asked|request|requests|requested) that(?: [\w'-]{1,20}){1,6})(?: all| also| both| only)? (?:wear|be dressed in)\b/i,
  /** The kit required: "closed shoes are required", "you'll both need steel-capped boots", "Dress code for vendors is …". */
  kitRequired:
    /\b(?:is|are) (?:required|mandatory|compulsory|a must)\b|\b(?:need|needs)(?: [\w'-]{1,20}){0,2}? (?:closed|flat|sturdy|non-slip|safety|steel|hard|hi-?vis|high-vis)|^\W{0,3}(?:what to wear|dress code)\b|\bdress code (?:for|is)\b|\bdress code\b[^.;]{0,30}\bask\b/i,
  /** Said of the reader's people, or as a requirement: their standard, not the writer's. */
  required:
    /\b(?:must|should|need|needs|has to|have to|required|mandatory|compulsory|asks?|asked|requires?|request(?:s|ed)?|insists?|please|dress code|what to wear)\b/i,
  /** The writer's own people promise it: "Our croupiers will wear …", "Yes: our bailaora will wear …", "We'll all wear …". */
  writersPeople:
    /(?:^\W{0,3}|[:;,–-] |^\W{0,3}(?:yes|and|also|so|of course)[,:!]? )(?:we|i|everyone|(?:all )?(?:our|my) [\w-]{2,20}(?: [\w-]{2,20})?)(?:, [^,]{2,40},)?(?:'ll| will| shall)(?: all| also| both)? (?:wear|be dressed in)\b/i,
  /** A present habit of the writer's people, without a modal: "Our drivers wear 1950s uniforms". */
  habit: /^\W{0,3}(?:all )?(?:our|my) [\w-]{2,20}(?: [\w-]{2,20})? (?:always )?wear\b/i,
} as const;

/**
 * The standard a clause about what is worn sets, or null (the caller has found no other reading).
 * `settled` is false while a dated reading may still come ("Our waiters will serve canapés from 6pm
 * on Friday 13 March and will wear white jackets" is the service that day): a clause with a date
 * waits for it.
 */
export function dressCode(clause: string, settled: boolean): Classification | null {
  const P = DRESS_CODE_PATTERNS;
  if (clause.includes('?') || P.notClothing.test(clause) || (!settled && DATE_HINT.test(clause))) return null;
  const wearing = P.wearing.test(clause);
  const habit = wearing && P.habit.test(clause);
  if (
    !habit &&
    !(wearing && P.boundWearing.test(clause)) &&
    !(P.kit.test(clause) && P.kitRequired.test(clause))
  )
    return null;
  // "Our croupiers will wear dinner jackets": promised by the writer's side; "Everyone should wear
  // …", "our sponsor requires all performers to wear …": required of the reader's people; "The
  // groom will wear a navy suit" is news of neither.
  if (habit || (!P.required.test(clause) && P.writersPeople.test(clause)))
    return { frame: 'commit', kind: 'standard', confidence: 0.7 };
  return P.required.test(clause) ? { frame: 'request', kind: 'standard', confidence: 0.7 } : null;
}
