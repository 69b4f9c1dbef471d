/**
 * A date held for the reader until a day: "We can hold 19 June for you until 30 April", "I'm
 * holding December 11 for you until Friday, October 30", "I'll hold the date until Friday 25
 * September". The writer's deliverable, with no due day: the day after "until" is how long the
 * hold lasts (annotation guide: "we hold the date until 6 March" is no deadline), and the day held
 * is the event's. In the tuning part, 11 of the 13 first statements of such a hold in the parts
 * since 15 December are annotated so; no rule read "can hold" or "holding" before.
 *
 * Not a hold asked of the reader ("Could you hold the date until Wednesday?"), nor someone else's
 * ("We have another piper holding the date until then").
 */

import { MONTH, WEEKDAY } from './dayWords';

/** What is held: the date, the slot, it, or a day ("Friday 19 June", "December 11", "the 14th"). */
const HELD = String.raw`(?:(?:the|your|this|that) (?:date|day|slot|booking|room|boat|van|venue|table|space|spot|reservation|evening|night)s?|it|them|(?:${WEEKDAY},? )?(?:\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \d{1,2}(?:st|nd|rd|th)?|the \d{1,2}(?:st|nd|rd|th))|${WEEKDAY})`;

/** "we can hold 19 June for you until", "I'm holding the date until": the writer's own hold. */
export const HOLDS_FOR_READER = String.raw`\b(?:i|we)(?:'ll|’ll| will| can| could|'m|’m| am|'re|’re| are| would be happy to| are happy to|'m happy to|'re happy to)? (?:happily |gladly |also |still )?hold(?:ing)? ${HELD}(?: for (?:you|you all|your [\w-]{2,20}))? (?=until|till)`;

export const DATE_HOLD_PATTERNS = {
  holds: new RegExp(HOLDS_FOR_READER, 'i'),
} as const;

/** Whether the clause holds a date for the reader until a day (see the module comment). */
export function holdsDate(clause: string): boolean {
  return clause.includes('hold') && !clause.includes('?') && DATE_HOLD_PATTERNS.holds.test(clause);
}
