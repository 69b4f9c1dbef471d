/**
 * A supplier's answer that it, a person or a thing it hires out is free on the day the client
 * asked about: "Good news: the quintet is free on Saturday 19 September", "We are available on 28
 * November and would be delighted to play", "Friday 11 September is free for our 12-seat boat".
 * The annotation guide (decided 7 December 2026) reads it as the writer's deliverable due that
 * day: it offers the job for that day, and the blind annotators, reading only the guide, wrote it
 * so in four of the last five parts. index.ts applies it only when the writer's side is the one
 * paid, where the time-offer rules had read a meeting the client owed; a buyer's "I'm available
 * on 5 March" stays a time offered to meet.
 *
 * One day only: two days offered ("available on 5 or 8 March") are times to meet, and so is a
 * clause that names a call or a meeting. A commitment in the same clause ("… is free, and we can
 * give you the full arena") is read by the rules as that commitment.
 */

import { confirmsHeadline } from './confirmedBooking';
import { resolveDue, type DueDate } from './dates';
import { MONTH, WEEKDAY } from './dayWords';
import type { MessageContext } from './messageContext';

/** "Saturday 19 September", "28 November", "September 16", "the 29th", "Saturday, August 9". */
const DAY = String.raw`(?:${WEEKDAY},? (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)?(?: ${MONTH})?|${WEEKDAY},? ${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?|the \d{1,2}(?:st|nd|rd|th))`;

/** "9am", "4", "6 pm", "13:30", "4.30pm". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?`;

export const AVAILABLE_FOR_JOB_PATTERNS = {
  /**
   * "we're free on the 29th", "the Packard is free on 9 October", "she's available on Saturday 15
   * August", "Both bulls are available on Saturday 21 November", "By God's grace we are available
   * on Friday 4 December", "We are available on the evening of Tuesday 24 March", "our face
   * painter, Lily, is free on 5 December", "we have space for a group of 12 from Tuesday 17 March".
   */
  subjectFree: new RegExp(
    String.raw`(?:^|[,;:] |\b(?:and|but|so|news|luck)\W{0,2} )(?:(?:by \w+'s grace|happily|luckily|fortunately),? )?(?:(?:i|we|he|she|it|they|(?:the|our|my|both|all|both of our|all of our)(?: [\w'&()-]{1,25}){1,8}(?:, \p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?,)?)(?:'m|'re|'s|’s|’re| am| are| is) (?:still |also |happily |definitely )?(?:free|available) (?:on|for)|we (?:still |also )?have (?:space|room|availability|capacity) for (?:[\w'&()-]{1,25} ){1,8}(?:on|from)) (?:the (?:morning|afternoon|evening|night) of )?${DAY}\b`,
    'iu',
  ),
  /**
   * "Saturday 4 July is free for me", "19 June is free for everything except the gaga pit",
   * "Thursday 22 October is open", "2 November at 9am is available", "Friday 11 December from 4 to
   * 6 pm is available".
   */
  dayFree: new RegExp(
    String.raw`(?:^|[,;:] |\b(?:and|but|so|news|luck)\W{0,2} )${DAY}(?:,? \d{4})?(?: (?:from|at) ${CLOCK}(?: ?(?:-|–|to) ${CLOCK})?)? (?:is|are) (?:still |also )?(?:free|available|open(?! (?:mic|day|house|air|season|to the public|for business|late)\b))\b`,
    'i',
  ),
  /**
   * A time to meet (two days, a question, a call or a meeting named) or a commitment beside the
   * day ("and we can give you the full arena", "and I'd bring four alpacas"); "would love to play"
   * and "looking forward to meeting your team" are courtesy.
   */
  notJustFree:
    /\?| or |\b(?:call|calls|(?<!forward to )(?:meet|meeting)|chat|kick-?off|catch-?up|walk (?:you )?through|go (?:through|over)|coffee|intro|onboarding|presentation|consultation|discuss|discussion|talk|speak|demo|tasting|viewing|walkthrough|walk-through|interview|zoom|teams|will|'ll|’ll|can|could|bring|shall)\b|(?:\bwould|'d|’d)(?! (?:love|like|be (?:delighted|happy|glad|thrilled|honou?red))\b)\b/i,
} as const;

/** Whether the clause only answers that the writer's side, or what it hires out, is free on one day. */
export function offersDayForJob(clause: string): boolean {
  const P = AVAILABLE_FOR_JOB_PATTERNS;
  return (
    (clause.includes('free') ||
      clause.includes('available') ||
      clause.includes(' open') ||
      clause.includes(' have ')) &&
    (P.subjectFree.test(clause) || P.dayFree.test(clause)) &&
    !P.notJustFree.test(clause)
  );
}

/**
 * The day a supplier's bare "free on <day>" answer offers, or its booking confirmed as a heading
 * ("Booked: Thursday 21 May, waves at 13:00", confirmedBooking.ts), when the writer's side is the one
 * paid: its due date (`due: null` when no day could be read, and the clause offers nothing), or
 * null when the clause is no such answer. `thenJob`: the answer goes on with the work's hour
 * that day (dayThenJob.ts).
 */
export function dayOfferedForJob(
  ctx: MessageContext,
  clause: string,
  hinted: boolean,
  thenJob = false,
): DueDate | null {
  if (
    !hinted ||
    !(thenJob || offersDayForJob(clause) || confirmsHeadline(clause)) ||
    ctx.payee() !== ctx.sides.writer
  )
    return null;
  return resolveDue(clause, ctx.dates);
}
