/**
 * The writer's side offering its own work for a day, with a verb no closed list names: "We could
 * drill them on Tuesday 21 July", "We can test all 6 sets on Tuesday 17 November with two
 * engineers", "We can pump the main interceptor on Thursday night", "we could place the monitors
 * on Friday afternoon, January 22", "We could have two inspectors on site from Monday 10 March".
 * serviceOffer.ts reads such offers only for its own verbs (do, fit, install, deliver, …), so with
 * any other the intent model's "can you / could you" reading won and the offer became the
 * reader's ask: wrong kind and wrong side. The blind annotators write the writer's deliverable
 * (annotation guide: "A visit or a job the supplier's side offers to do at a time … is the
 * writer's deliverable"); the tuning part of 8 December 2026 has some 20 such offers read the
 * wrong way round, in geotechnics, acoustics, drainage, schools, events and food. Trades name
 * their work with their own verbs, so the verb here is open, and what is left out is what is not
 * work: meeting, talking, calling, showing round, bringing or presenting something, or coming
 * over (a meeting, or offeredVisit.ts), paying, holding a date (dateHold.ts), taking or seating a
 * number (capacity), joining or attending, and "do", "make" or "manage" before a day, a time, a
 * number or a price ("I could do Wednesday at 10", "We can make Tuesday morning", "we can do
 * 18%"), which offers a time or terms. Not a question, not work that is a meeting
 * (a tasting, a demo, a tour), and not when the clause also sets the reader's part ("if you
 * confirm by Friday", "let me know by 15 October"), whose day is the reader's deadline.
 */
import type { Classification } from './classify';
import { namesATime } from './serviceOffer';

export const OFFERED_WORK_PATTERNS = {
  /**
   * "We could drill them …", "Yes, we can test …", "Our team can prune …": the writer's side, then
   * can/could, then a verb of its own work (any verb but those below).
   */
  offer:
    /^\W{0,3}(?:(?:yes|ok|okay|good news|alternatively|otherwise|instead)[,:!]? )?(?:i|we|our [a-z-]{2,20}(?: [a-z-]{2,20})?) (?:can|could) (?:also |then |still |easily )?(?!(?:also|then|still|easily|meet|talk|discuss|chat|call|phone|ring|speak|catch|join|attend|go|hop|jump|come|visit|pop|swing|drop|drive|stop|be|see|look|show|bring|present|live|try|pay|accept|agree|afford|hold|offer|take|seat|let|give|get|help|confirm|not|only|never|just|probably|possibly|perhaps|maybe|touch|sit|reconvene|regroup|circle|revisit|pick|use|really|hardly|invoice|bill|split|charge|wait|aim|target|swap|ask|have your)\b|(?:do|make|manage) (?:\d|[$€£¥₹]|the \d|(?:net|(?:mon|tues|wednes|thurs|fri|satur|sun)day|either|both|tomorrow|today|this|next|any|that)\b))[a-z]{2,15}\b/i,
  /**
   * The reader's part or a condition said with it ("if you confirm by Friday", "let me know which
   * you prefer by 15 October", "as long as the gown is at our door by 5 p.m.", "if we receive your
   * labels by Friday 13 November"): its day is often the reader's deadline, and the item theirs.
   * A choice left to the reader with no day of its own ("just let us know which you prefer") is not.
   */
  readersPart:
    /\b(?:if|as long as|provided|once|when|as soon as) (?:you|we (?:receive|get|have))\b|\blet (?:me|us) know\b[^.;!?]{0,40}?\bby\b/i,
  /** Work that is a meeting after all ("We can run a tasting on Friday at 4", "a demo next Tuesday"). */
  meetingWork:
    /\b(?:tasting|trial|demo|demonstration|call|meeting|chat|walkthrough|walk-through|tour|presentation|interview|viewing|consultation|coffee|lunch|dinner|catch-up|follow-up)s?\b|\b(?:together|on (?:teams|zoom|google meet))\b|\b(?:teams|zoom|video) (?:session|call)s?\b/i,
  /** The reader's people set to the work ("we could have your electrician disconnect the supply"). */
  readersPeople: /\b(?:have|ask|get|let) (?:your|you)\b/i,
} as const;

/**
 * The writer's deliverable, when the clause read as an ask (a request or a meeting) offers the
 * writer's side's work for a time; else null, and the reading stands.
 */
export function offeredWork(clause: string, cls: Classification): Classification | null {
  const P = OFFERED_WORK_PATTERNS;
  if (cls.frame !== 'request' || (cls.kind !== 'request' && cls.kind !== 'meeting')) return null;
  if (
    clause.includes('?') ||
    !P.offer.test(clause) ||
    P.meetingWork.test(clause) ||
    P.readersPart.test(clause) ||
    P.readersPeople.test(clause) ||
    !namesATime(clause)
  )
    return null;
  return { frame: 'commit', kind: 'deliverable', confidence: 0.7 };
}
