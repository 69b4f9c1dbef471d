/**
 * Work the writer's side schedules over a span of days: "We'd install over 4-7 November with two
 * engineers", "We can do the inspections over April 26-30", "Installation would run July 20-31",
 * "the dredge itself runs October 1-17", "we assemble from Monday 17 November to Wednesday 26
 * November", "We'd build on Wednesday 19 and Thursday 20 August". The gold set's tuning part
 * annotates 15 of the 17 clauses these patterns find as the writer's deliverable (the other two:
 * "Our installation runs 28 Feb – 2 March", left out by its annotator, and the same plan again in
 * quoted history). Before, no rule read most of them: a conditional "we'd" commits to nothing on
 * its own, and the commitment model read the rest as where the crew will be.
 *
 * Their due day is the span's last day, when the job is done: all 15 annotated ones are (a window
 * said "between 18 August and 12 September" is read as its last day by daySpans.ts). Of the
 * tuning part's deliverables with a span of days, 26 are due on its last day and 17 on its first;
 * those are spans of presence ("our crew would be on site from 24 August to 11 September", "we can
 * have a crew out on April 19–20") or of shows and sessions ("two shows a day September 17 to
 * 19"), and no pattern here reads one: each needs a verb of work right after its subject.
 */

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?`;
const DAY_NUMBER = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const TO = String.raw`\s?(?:-|–|—|to|through|thru|until|till|and)\s?`;
/**
 * A span of days with its month: "4-7 November", "24 August to 11 September", "April 26-30",
 * "Monday Nov 17 to Wednesday Nov 19". Not a span of hours ("April 26, 9-11am").
 */
const SPAN = String.raw`(?:${WEEKDAY}${DAY_NUMBER}(?: ${MONTH})?${TO}${WEEKDAY}${DAY_NUMBER} ${MONTH}|${WEEKDAY}${MONTH} ${DAY_NUMBER}${TO}${WEEKDAY}(?:${MONTH} )?${DAY_NUMBER}\b(?!\s?(?:am|pm|a\.m|p\.m|:|\.\d|%)))`;
/** The doer: the writer or the writer's crew ("our two engineers", "Tomasz's team"). */
const DOER = String.raw`(?:i|we|our (?:[\w-]{2,14} ){0,2}(?:crew|team|engineers?|technicians?|fitters?|installers?|divers?|riggers?|staff)|[A-Z][a-z]{1,14}'s (?:crew|team))`;
const MODAL = String.raw`(?:'d|'ll| would| will| can| could| plan to| aim to| expect to| intend to)?(?: (?:then|also|probably|likely|then also))?`;
/** A verb of work that ends when the job is done ("install", "repaint", "do the inspections"). */
const WORK_VERB = String.raw`(?:(?:re-?)?(?:install|build|fit|paint|surface|lay|pour)|dredge|inspect|assemble|dive|remove|erect|dismantle|strip|clean|survey|repair|service|replace|excavate|demolish|treat|carry out (?:the|all|our) [\w-]{3,20}|do (?:the|all the|our) (?:[\w-]{2,14} )?(?:work|works|job|install|installation|inspections?|survey|cleaning|repairs?|dredging|fit-?out|build))`;
/** A job as the subject: "Installation would run", "the Class A work runs", "the dredge itself runs". */
const JOB = String.raw`(?:installation|install|(?:the |our )(?:[\w-]{1,14} ){0,2}(?:work|works|job|install|installation|dredge|dredging|build|assembly|inspections?|survey|fieldwork|resurfacing|fit-?out))(?: itself)?(?: would| will| should| is to| is going to| is scheduled to| is planned to)? (?:run|runs|take place|takes place|happen|happens|be carried out|be done)`;

export const WORK_SPAN_PATTERNS = {
  /** Cheap gate: a span of days needs a day number and a month. */
  monthWord: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  /** The writer's side's work over a span of days, the span within a few words of the verb. */
  workOver: new RegExp(
    String.raw`(?:^|[^\w'])${DOER}${MODAL} ${WORK_VERB}\b[^.;:!?\n]{0,50}?\b${SPAN}|(?:^|[^\w'])${JOB}\b[^.;:!?\n]{0,20}?\b${SPAN}`,
    'i',
  ),
} as const;

/**
 * Whether the clause schedules the writer's side's work over a span of days. A question is not
 * a schedule ("could we install over 4-7 November?" asks).
 */
export function schedulesWorkOverSpan(clause: string): boolean {
  const P = WORK_SPAN_PATTERNS;
  return !clause.includes('?') && /\d/.test(clause) && P.monthWord.test(clause) && P.workOver.test(clause);
}
