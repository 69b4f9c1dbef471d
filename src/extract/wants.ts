/**
 * What the writer's side wants, said without asking (issue 9): an outcome by a day ("We'd like
 * everything moved by 31 July", "Owner wants the first flight done by Feb 4") and a need of a
 * named person or role on their side ("our office manager needs the invoice sent"). The reader
 * makes it happen: a request.
 */
import { isNamedNeed } from './colleagues';

export const WANT_PATTERNS = {
  /**
   * "our office manager needs the invoice sent…", "procurement will need your certificates"
   * (tested only if "need"/"want"/"require" is there).
   */
  thirdPartyNeed:
    /\b(?:our|my) (?:[\w-]{2,20} ){0,3}(?:needs|wants|requires|will need|'ll need) (?:the|a|an|your|our|it|them|you)\b|\b(?:will|'ll) need (?:your|you to)\b/i,
  /** "… will need an updated SOC 2 report from you": the future need, then (read after it, anchored) "from you". */
  willNeed: /\b(?:will|'ll) (?:need|require)\b/gi,
  fromYou: /^[^.;!?]{1,80}? from (?:you|your (?:side|team|end))\b/i,
  /**
   * A wish to see or get something the reader has ("We'd want to see a sample content calendar
   * too", "I'd also like to see what it would cost to replace the SSDs", "Would love samples of
   * both", "Our contractor, Dave Kowalski, would like to see preliminary drawings", someone of the
   * writer's side named by role): the reader sends it. Not "we'd love to see you there", "I'd like to get started".
   */
  wishToSee:
    /(?:\b(?:i|we)|\b(?:our|my|the) (?:[\w-]{2,20} ){0,2}(?:contractor|architect|engineer|designer|manager|director|team|lead|head|cfo|ceo|coo|cto|board|boss|partner|accountant|lawyer|counsel|builder|owner|chair|president|vp|committee|surveyor|consultant|editor|producer)s?(?:, [\w'-]{2,20}(?: [\w'-]{2,20})?,)?)(?:'d| would)(?: also| really| still| first| just)? (?:like|love|want|need|prefer) to (?:see|get|receive|have)\b(?! (?:you|u|him|her|them|everyone|all of you|it through|this through|started|going|moving|back|on with|ahead|together|in touch)\b)(?! (?:[\w-]{2,20} ){1,3}(?:closed|done|finished|sorted|wrapped|over the line)\b)(?! how\b| whether\b| if\b| (?:the )?(?:team|people|everyone|family|crew|office|place|city|kids)\b)(?! (?:[\w-]{2,20} ){0,3}(?:paid|out|over|across|settled|sent|invoiced|to you)\b)/i,
  wouldLove:
    /^\W{0,3}(?:would|'d) (?:love|like|appreciate|welcome) (?:some|a|an|the|your|any|more|samples?|to see|to get|to have)\b/i,
  /** An outcome wanted by a day. */
  wantedBy:
    /\b(?:(?:i|we)(?:'d| would)?|(?:the )?(?:owner|client|board|boss|ceo|cfo|director|principal|management|landlord|customer)s? (?:would)?) ?(?:like|love|want|wants|need|needs|require|requires)(?! to (?!be\b))(?: (?:it|this|them|everything|all of it|us))?(?: to be)? (?:(?:all|both|the|our|your|these|those|each) ){0,2}(?:[\w-]{2,20} ){0,3}?(?:by|before|no later than) (?=\w)/i,
} as const;

/** A wish to see or get what the reader has (see `wishToSee`). */
export function wishesToSee(clause: string): boolean {
  return WANT_PATTERNS.wishToSee.test(clause) || WANT_PATTERNS.wouldLove.test(clause);
}

export function wantedByDay(clause: string): boolean {
  return WANT_PATTERNS.wantedBy.test(clause);
}

/** A need of someone on the writer's side, named by role or name ("our office manager needs …"). */
export function thirdPartyNeeds(clause: string): boolean {
  const c = clause.toLowerCase();
  if (
    !c.includes('need') &&
    !c.includes('want') &&
    !c.includes('require') &&
    !c.includes('ask') &&
    !c.includes('like')
  )
    return false;
  return WANT_PATTERNS.thirdPartyNeed.test(clause) || needsFromReader(clause) || isNamedNeed(clause);
}

/** "IT security will need an updated SOC 2 report from you by November 25": see `willNeed`. */
function needsFromReader(clause: string): boolean {
  const P = WANT_PATTERNS;
  P.willNeed.lastIndex = 0;
  for (let m = P.willNeed.exec(clause); m !== null; m = P.willNeed.exec(clause))
    if (P.fromYou.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 100))) return true;
  return false;
}
