/**
 * Quality bars said with a modal (issue 9, December 2026): a requirement on a thing or on
 * people other than the writer and reader, with no deadline in the clause. Read from the
 * grammar, not from a list of trades' words:
 * - a modal of obligation on a passive or a state: "patient records must never be stored on the
 *   workstation", "It needs to be 300 dpi", "the tile needs to be sealed before the grout goes
 *   in", "a technician must be at the control desk for every session";
 * - a modal on a verb of keeping or conforming: "your fitters need to keep the corridor clear at
 *   all times", "all claims must be backed by the test reports";
 * - a minimum or maximum needed: "Residents need at least 48 hours' notice";
 * - what follows a lead-in of requirements ("A few must-haves: we want lots of candid shots");
 * - a wish that all or each of some things be a certain way: "we'd like all the cabinet hardware
 *   to match the sample", "we want every page to load in two seconds" (not "we'd like the
 *   opportunity to meet", a wish of the writer's own).
 * Hand-overs stay what they were: "must be signed by Friday" is a deadline and "must be ready",
 * "needs to be sent" are deliverables, not bars.
 */

/** Participles and states that finish a hand-over rather than set a bar. */
const HAND_OVER = String.raw`ready|done|sent|delivered|signed|countersigned|returned|submitted|approved|finished|completed|received|paid|invoiced|billed|uploaded|shared|booked|scheduled|confirmed|available|able|there|here|back|in touch|on time|with (?:us|you|me)|in by|over`;

export const STANDARD_PATTERNS = {
  /** "must (never) be stored", "needs to be 300 dpi": a bar on a state, not on who hands what over. */
  modalBe: new RegExp(
    String.raw`(?<!\b(?:i|we|you|would|may|might|could) )\b(?:must|shall|has to|have to|needs? to)(?: (?:also|always|never|not|still|all|each|only|both))? be (?!(?:${HAND_OVER})\b)[\w'-]{2}`,
    'i',
  ),
  /** "need to keep the corridor clear", "must stay under 150 words", "has to follow the style guide". */
  modalKeep:
    /(?<!\b(?:would|may|might|could) )\b(?:must|shall|has to|have to|needs? to)(?: (?:also|always|never|not|still|all|each|only))? (?:keep|stay|remain|avoid|maintain|follow|observe|respect|match|use|run|fit|carry|contain|include|exclude|display|show|cite|reference|mention|feature|wear|allow|be kept)\b/i,
  /** "at all times", "without exception": a standing rule. */
  standing: /\b(?:at all times|without exception|no exceptions|in every case|every single time)\b/i,
  /** "Residents need at least 48 hours' notice": a minimum or maximum someone needs. */
  needsMinimum:
    /\b(?:needs?|requires?|must have|must get|must be given)(?: to have| to get)? (?:at least|a minimum of|no less than|no more than|at most|a maximum of|not less than|not more than)\b/i,
  /** "we'd like all the hardware to match", "we want every page to load fast": things the writer wants a certain way. */
  wishThings:
    /\b(?:i|we)(?:'d| would)?(?: also| really)? (?:like|want|need|expect|require|prefer) (?:all|every|each|any|both)(?: [\w'-]{1,20}){1,6} to (?:be|match|have|use|look|feel|sound|read|stay|remain|follow|include|meet|fit|load|run|work|carry|show|keep|avoid)\b/i,
  /** "Everyone must return a signed waiver": a hand-over owed, not a bar on how the work is done. */
  modalHandOver:
    /(?<!\bno |\bnot |n't )\b(?:must|has to|have to|needs? to)(?: (?:also|all|each|first|still))? (?:return|send|submit|sign|provide|pay|bring|complete|fill (?:in|out)|register|book|confirm|deliver|upload|email|e-mail|forward|hand in|share|supply)\b/i,
  /** The subject of the modal is the writer, the reader or a person: their own duty, not a bar. */
  personalSubject:
    /\b(?:i|we|you|one|he|she)(?:'ll| will)?(?: (?:all|both|really|also|still|just|don't|do not|won't|will not|didn't|may not|may|might))? (?:must|shall|has to|have to|need to|needs to|will need to|'ll need to)\b/i,
  /** A deadline in the clause makes the modal a due date for something, not a standing bar. */
  deadline:
    /\b(?:by|no later than|until|till|before) (?:the \d|(?:the )?end of|\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|today|tonight|tomorrow|eod|cob|end of|next|this|close of)|\b(?:today|tonight|tomorrow|asap)\b/i,
  modalWord: /\b(?:must|needs?|has to|have to|shall)\b/i,
  /** "A few must-haves: we want lots of candid shots": what follows a lead-in of requirements. */
  leadIn:
    /^[^:]{0,40}\b(?:must-haves?|non-negotiables?|non-negotiable|requirements|house rules|ground rules|dos and don'?ts)\b[^:]{0,40}:\s/i,
  /** Cheap gate: a word of obligation or wish (most clauses have none). */
  gate: /must|shall|ha(?:s|ve) to|need|require|like|want|prefer|expect|all times|exception|negotiable|rules|dos and/i,
} as const;

/**
 * "Everyone must return a signed waiver before we set off", "each speaker has to send slides":
 * people other than the writer and reader owe a hand-over, which the reader's side must see to.
 */
export function isModalHandOver(clause: string): boolean {
  const P = STANDARD_PATTERNS;
  return P.modalWord.test(clause) && P.modalHandOver.test(clause) && !P.personalSubject.test(clause);
}

/** Whether the clause sets a quality bar (see the module comment); false when it has a deadline. */
export function isModalStandard(clause: string): boolean {
  const P = STANDARD_PATTERNS;
  if (!P.gate.test(clause) || isModalHandOver(clause)) return false;
  const bar =
    P.wishThings.test(clause) ||
    P.leadIn.test(clause) ||
    (!P.personalSubject.test(clause) &&
      (P.modalBe.test(clause) ||
        P.modalKeep.test(clause) ||
        P.needsMinimum.test(clause) ||
        (P.standing.test(clause) && P.modalWord.test(clause))));
  return bar && !P.deadline.test(clause);
}
