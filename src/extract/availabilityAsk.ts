/**
 * Asks that name a day without owing anything by it:
 * - whether a day, a thing or a person is free for the job ("Is the campervan available on the
 *   19th?", "Is Saturday March 22 open, ideally around 2pm?", "Could you let me know if Friday 26
 *   June is available for a private game?", "availability for a private basket on Saturday 14
 *   November"): the day is the job's, the answer is owed as soon as may be. In the gold set's
 *   tuning part such requests carry no due day unless a deadline is said ("let me know by Friday
 *   whether the track is available");
 * - a quality bar, which holds for the whole job ("300 dpi at 6.25 x 9.5 in"): only "by Friday"
 *   dates it.
 */
import type { ExpectationKind } from '../core/expectation';
import { STANDARD_PATTERNS } from './standards';

export const AVAILABILITY_ASK_PATTERNS = {
  /**
   * "Is the campervan available on the 19th?", "Are you free that evening?", "1. Is Saturday March
   * 22 open?"; not a time to meet ("Are you both free Thursday at 4?", "Is Tuesday at 10 still
   * open for a catch-up?").
   */
  isItFree:
    /^\W{0,3}(?:\d{1,2}[.)] )?(?:(?:and|also|so|but),? )?(?:is|are) (?![^?]{0,60}\bat \d)(?:[\w'’-]{1,20} ){1,4}(?:still )?(?:available|free|open)\b(?![^?]{0,60}\b(?:call|chat|meet|meeting|zoom|teams|coffee|talk|discuss|catch-?up|handover|hand-over|walkthrough|walk-through|visit|demo|tasting|viewing)\b)[^?]{0,80}\?/i,
  /**
   * "let me know if Friday 26 June is available", "confirm whether you're free on August 9"; not
   * with another act after ("… and return the signed contract on Monday").
   */
  ifItIsFree:
    /\b(?:let (?:me|us) know|confirm|tell (?:me|us)|check|ask)(?: (?:me|us))? (?:if|whether) (?:[\w'’-]{1,20} ){1,5}(?:is|are|would be)(?: still)? (?:available|free|open)\b(?![^.?!;]*\band\b)/i,
  /**
   * "Whether you're available on August 9", "availability for … on Saturday 14 November", "let me
   * know your next available Saturday"; not a task on availability ("Please update the
   * availability on our booking page").
   */
  availabilityFor:
    /^\W{0,3}(?:whether (?:you(?:'re| are)|[\w'’-]{1,20} (?:is|are)) (?:available|free)\b|(?:(?:(?:could|can|would) you (?:please )?|please )?(?:confirm|check|send|share|let (?:me|us) know)(?: me| us)? )?(?:your )?availability (?:for|on)\b)|\byour next available\b/i,
} as const;

/** Whether the ask is one whether a day is free for the job (the caller knows it is a request). */
export function asksIfFree(clause: string): boolean {
  const P = AVAILABILITY_ASK_PATTERNS;
  return P.isItFree.test(clause) || P.ifItIsFree.test(clause) || P.availabilityFor.test(clause);
}

/** Whether an item of this kind keeps no due day from the days it names (see above). */
export function namesNoDueDay(kind: ExpectationKind, clause: string): boolean {
  if (STANDARD_PATTERNS.deadline.test(clause)) return false;
  return kind === 'standard' || (kind === 'request' && asksIfFree(clause));
}
