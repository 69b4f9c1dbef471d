/**
 * Times offered to meet without a modal, which still wait for the other side to pick one or
 * confirm (annotation guide: a reply that offers a time is annotated; one that only accepts a time
 * already proposed is not):
 * - two days joined by "or", then a word of fitting: "Tuesday morning or Wednesday after 3 is good
 *   for me", "Thursday 3pm or Friday 10am both work for me". An acceptance takes one time, so
 *   alternatives never accept;
 * - a person available on a day: "I am available on March 5 or March 8 in the morning", "He is
 *   available on April 27" (not "The staff will be available…", news of where people will be, nor
 *   "They're available from March 10", which is as often goods);
 * - days the writer has free: "I've got Tuesday 8 December or Thursday 10 December free";
 * - a time said to be possible: "Thursday 10 December 9:00 Tokyo time is possible for me", "A site
 *   visit is possible on Wednesday 18 February at 13:00".
 * A clause about goods or money ("Delivery Monday or Tuesday is fine") offers no meeting.
 */

import { MONTH, WEEKDAY } from './dayWords';

/** A day named: "Tuesday", "Tuesday 8 December", "March 5", "the 21st", "tomorrow". */
const DAY = String.raw`(?:${WEEKDAY}(?:,? (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: ${MONTH})?|,? ${MONTH} \d{1,2}(?:st|nd|rd|th)?)?|${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? ${MONTH}|the \d{1,2}(?:st|nd|rd|th)|tomorrow)`;
/** People of the writer's side named by role. */
const ROLE = String.raw`manager|director|head|lead|team|colleague|partner|assistant|ea|pa|ceo|cfo|coo|cto|cmo|vp|founder|owner|president|chair|engineer|architect|designer|accountant|controller|bookkeeper|lawyer|counsel|solicitor|paralegal|consultant|officer|coordinator|planner|producer|editor|specialist|analyst|advisor|adviser|rep|representative|boss|principal|superintendent|foreman|supervisor`;
/** What follows the days to say they suit: "work", "is good", "both work for me", "are possible". */
const FITS = String.raw`(?:(?:both |either |all )?(?:work|works|suit|suits)\b|(?:is|are|would be) (?:good|fine|ok|okay|possible|best|great|free|open)\b)`;

export const TIME_OFFER_PATTERNS = {
  /** A day named anywhere (tested on the few words before an "or"). */
  day: new RegExp(String.raw`\b${DAY}\b`, 'i'),
  /**
   * The clause opens on the first day, after at most a short lead ("For the video call, ",
   * "Hi Sam, "): the days are what the clause is about, not the time of a hand-over ("Please send
   * the contract back Monday or Tuesday, whichever works").
   */
  opensOnDay: new RegExp(String.raw`^(?:[\w' -]{2,30}, )?(?:either |on )?${DAY}\b`, 'i'),
  /**
   * What follows the "or": the second day, then a word of fitting that ends the clause, for the
   * writer at most ("is good for me"), not for someone else ("works for the painters").
   */
  secondDaySuits: new RegExp(
    String.raw`^(?:on )?${DAY}\b[^.;?!\n]{0,30}? ${FITS}(?: (?:for|with) (?:me|us|both of us|my side|our side|our team|my team))?\W{0,3}$`,
    'i',
  ),
  availableOn: new RegExp(
    String.raw`(?:^|[,;:] |\b(?:and|but|so) )(?:i|we|he|she)(?:'m|'re|'s| am| are| is) (?:also |usually )?(?:free|available)(?: (?:on|from|after))? ${DAY}\b`,
    'i',
  ),
  /** "Our COO Ahmed is available Thursday at 10am": a colleague of the writer's offered to meet. */
  colleagueAvailable: new RegExp(
    String.raw`(?:^|[,;:] )(?:our|my) (?:[\w'-]{2,20} ){1,3}(?:is|are) (?:also )?available(?: (?:on|from|after))? ${DAY}\b`,
    'i',
  ),
  /**
   * "Our finance manager Claire is free Tuesday 10th, 2-4pm": "free" said of a colleague named by
   * role (not "Our warehouse is free on Tuesday").
   */
  colleagueFree: new RegExp(
    String.raw`(?:^|[,;:] )(?:our|my) (?:[\w'-]{2,20} ){0,2}(?:${ROLE})(?: [A-Z][\w'-]{1,20})?,? (?:is|are) (?:also )?free(?: (?:on|from|after))? ${DAY}\b`,
    'i',
  ),
  /** "Thursday the 22nd after 4pm works best for us": the one day the writer prefers, offered. */
  worksBest: new RegExp(
    String.raw`^(?:[\w' -]{2,30}, )?(?:on )?${DAY}\b[^.;?!\n]{0,30}? (?:works?|suits?|would be|is) (?:best|better)(?: (?:for|with) (?:me|us|both of us|my side|our side|our team|my team))?\W{0,3}$`,
    'i',
  ),
  gotFree: new RegExp(
    String.raw`\b(?:i|we)(?:'ve got| have got| have) (?:both )?${DAY}\b[^.;?!\n]{0,40}? free\b`,
    'i',
  ),
  /** "… is possible (for me)", ending the clause, after a clause that opens on its day (checked in code). */
  isPossible: / (?:is|would be) possible(?: for (?:me|us|both of us|my side|our side))?\W{0,3}$/i,
  /** "A site visit is possible on Wednesday 18 February". */
  possibleOn: new RegExp(
    String.raw`\b(?:call|meeting|visit|session|viewing|tasting|walkthrough|walk-through|demo|interview|fitting|consultation) (?:is|would be) possible (?:on |for )?${DAY}\b`,
    'i',
  ),
  /** "I'm free Thursday after 2pm": the writer free at a time. */
  freeAt:
    /\b(?:i'm|i am|we're|we are) (?:free|around) (?:on |from |after |any ?time |all )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|this (?:afternoon|morning|evening)|next|\d)/i,
  /** Goods, money and work dates, which a day "works" for without anyone meeting. */
  notAMeeting:
    /\b(?:deliver(?:y|ies|ed)?|ship(?:ping|ment)?|dispatch|collection|pick-?up|install(?:ation)?|payment|invoice|deadline|due|start(?:ing)?|go-live|launch|deposit|files?|drafts?|proofs?|copy)\b/i,
} as const;

/** "I'm free Thursday after 2pm", "we're around from 10": a time offered to meet, whatever else the clause says. */
export function isFreeAt(clause: string): boolean {
  return clause.includes('free') && TIME_OFFER_PATTERNS.freeAt.test(clause);
}

// The two readings below are anchored patterns joined in code, not one pattern that scans forward
// from every day named: such a pattern backtracks polynomially on a long clause (recheck).

/** "Tuesday morning or Wednesday after 3 is good for me": a day, "or", a day, a word of fitting. */
function daysOffered(clause: string): boolean {
  const P = TIME_OFFER_PATTERNS;
  if (!P.opensOnDay.test(clause)) return false;
  for (let at = clause.indexOf(' or '); at >= 0; at = clause.indexOf(' or ', at + 4)) {
    if (P.day.test(clause.slice(Math.max(0, at - 40), at)) && P.secondDaySuits.test(clause.slice(at + 4)))
      return true;
  }
  return false;
}

/**
 * "Thursday 10 December 9:00 Tokyo time is possible for me", "A site visit is possible on
 * Wednesday" (not "An extension to 20 March is possible", "A reprint by Friday is possible if …").
 */
function timePossible(clause: string): boolean {
  const P = TIME_OFFER_PATTERNS;
  if (P.opensOnDay.test(clause) && P.isPossible.test(clause)) return true;
  return P.possibleOn.test(clause);
}

/** True for a clause that offers the reader one or more times to meet (see the module comment). */
export function offersTimes(clause: string): boolean {
  if (clause.includes('?')) return false;
  const P = TIME_OFFER_PATTERNS;
  const offered =
    (clause.includes(' or ') && daysOffered(clause)) ||
    ((clause.includes('free') || clause.includes('available')) &&
      (P.availableOn.test(clause) ||
        P.gotFree.test(clause) ||
        P.colleagueAvailable.test(clause) ||
        P.colleagueFree.test(clause))) ||
    (clause.includes('best') && P.worksBest.test(clause)) ||
    (clause.includes('possible') && timePossible(clause));
  return offered && !P.notAMeeting.test(clause);
}
