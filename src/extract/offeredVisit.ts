/**
 * A visit offered to the reader: "I can come on Wednesday 28 October", "we could be with you on
 * Tuesday 16 February", "I can be at the chapel on Tuesday May 13 to assess everything". Not where
 * the writer happens to be, which the commitment model had read it as (obligation.ts): 20 of 21
 * such clauses in the gold set are annotated.
 */
import { NAME, PERSON, TITLE } from './colleagues';

/** The writer's side as the visitor: I, we, "our site engineer, Malte Rieck", "Dr. Rao", "Ben, our horticulturist, and I". */
const VISITOR = String.raw`(?:[Ii]|[Ww]e|(?:[Oo]ur|[Mm]y) (?:[\w-]{2,20} ){0,2}[\w-]{2,20}(?:,? (?:${TITLE} )?${NAME}(?: ${NAME})?(?: \([^()]{1,30}\))?,?)?(?: and I)?|(?:${TITLE} )?${PERSON}(?: ${NAME})?(?:,? (?:our|my) (?:[\w-]{2,20} ){0,2}[\w-]{2,20},?)?(?: and I)?)`;
/** Before the day a visit is offered for: "stop by Thursday", "stop by on the 12th", "stop by tomorrow". */
const BEFORE_ITS_DAY = String.raw`(?=(?:on )?(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\d|tomorrow\b|today\b|this\b|next\b))`;

/**
 * Coming to do the job: "come out", "visit", "stop by Thursday", "be on site", "do the survey",
 * "do a site assessment".
 */
const COMES = String.raw`(?:come|visit|pop|drop|swing|stop by ${BEFORE_ITS_DAY}|call out|be (?:with you|out there|out|there|on site|onsite|at)|do (?:the|a|an) (?:[\w-]{2,20} ){0,2}(?:survey|inspection|assessment|site visit|visit|measure-up|measure)s?)`;

export const OFFERED_VISIT_PATTERNS = {
  /**
   * The writer's side offers to come on a day to do the work: "Our site engineer, Malte Rieck,
   * could come to Halskestraße on Thursday at 9:00", "Dr. Rao can come to your farm on Wednesday
   * 28 January for the survey", "Wade can be out there Wednesday around 1 pm". The gold set's tuning
   * part annotates 15 of 23 such offers as the writer's deliverable, 8 as a meeting the reader
   * answers (mostly a visit to present or to talk).
   */
  visitOn: new RegExp(
    String.raw`^(?:\W{0,3})(?:(?:[Ss]o|[Aa]nd|[Bb]ut|[Aa]lso|[Aa]lternatively|[Oo]therwise|[Ii]f (?:useful|helpful|you like)),? )?${VISITOR} (?:can|could) ${COMES}\b`,
  ),
  /** A return visit to finish the job: "We'll be back on Thursday to finish the wiring". */
  backToFinish:
    /\b(?:i|we|he|she|they)(?:'ll| will) be back\b[^.;!?]{0,40}?\bto (?:finish|complete|fit|install|fix|repair|do|paint|replace|check|test|service|clean|collect|remove|hang|mount|seal|tile|plaster|commission)\b/i,
  /** Why the visitor comes, when it is the job itself: "to test the panic button", "to measure". */
  jobPurpose:
    /\bto (?:test|install|replace|repair|fix|fit|service|measure|inspect|survey|clean|assess|deliver|set up|mark|paint|remove|prune|empty|treat|seal|commission|calibrate)\b/i,
  visitOffered: new RegExp(
    String.raw`\b(?:i|we) (?:can|could) (?:come|pop|call|drop|swing|stop by ${BEFORE_ITS_DAY}|be (?:with you|at|there|on site|onsite))(?: (?:out|over|round|around|up|down|by|in|back))?\b`,
    'i',
  ),
} as const;

/** Whether the writer's side offers to come and do the work (the caller checks for a day). */
export function offersVisitOn(clause: string): boolean {
  return (
    (clause.includes('can ') || clause.includes('could ')) && OFFERED_VISIT_PATTERNS.visitOn.test(clause)
  );
}

export function offersVisit(clause: string): boolean {
  return (
    (clause.includes(' c') && OFFERED_VISIT_PATTERNS.visitOffered.test(clause)) ||
    (clause.includes(' back') && OFFERED_VISIT_PATTERNS.backToFinish.test(clause))
  );
}

/**
 * "Luis can stop by Thursday 3/19 at 8:30 AM to test the panic button": a visit on a day to do the
 * job, which the intent model must not turn into a meeting for the reader to accept (a visit to
 * talk, "to discuss the plans", still may be one).
 */
export function visitsToWork(clause: string): boolean {
  return offersVisitOn(clause) && OFFERED_VISIT_PATTERNS.jobPurpose.test(clause);
}
