/**
 * A suggestion with no day to it: "I'd suggest a 30-minute walkthrough of the plan with your
 * payments team", "I'd recommend we accept", "I would suggest 1.2 mm". Advice is not an ask of
 * the reader; the tuning part annotates 3 of 43 such sentences without a day or a sum (a dated
 * suggestion, "I'd suggest we start on Thursday May 13", is a meeting or the writer's plan, and a
 * priced one, "I'd recommend a monthly plan at A$135", a payment: both still count).
 */
import { NOISE_PATTERNS } from './noise';
import { TIME_OFFER_PATTERNS } from './timeOffers';

export const SUGGESTION_PATTERNS = {
  suggests:
    /\b(?:i|we)(?:'d| would)(?: strongly)? (?:suggest|recommend|propose)\b|\bwe (?:strongly )?recommend\b/i,
  /** A span of days that names no calendar day but still a time to act in: "next week", "by the end of the month". */
  someWhen:
    /\b(?:next|this) (?:week|month)\b|\bend of\b|\btomorrow\b|\btoday\b|\btonight\b|\bnow\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.(?!\d)/i,
  /**
   * A payment, an ask or a promise beside the advice, or advice that the reader act or meet: "we'd
   * propose paying a third now", "We'd propose 25% on signature", "… - can you book that?", "We'll
   * bring the structures we'd suggest", "I would suggest that you find a day to meet Rob".
   */
  payOrAsk:
    /\?|\d ?%|\b(?:pay|paying|paid|deposit|advance|instal(?:l?ments?)|invoice|could you|can you|would you|please)\b|\b(?:i|we)(?:'ll| will)\b|\b(?:suggest|recommend|propose)(?: that)? you\b|\b(?:meet|meeting)\b/i,
} as const;

/** Whether the clause only advises, with no day and no sum. */
export function undatedSuggestion(clause: string): boolean {
  const P = SUGGESTION_PATTERNS;
  return (
    P.suggests.test(clause) &&
    !TIME_OFFER_PATTERNS.day.test(clause) &&
    !P.someWhen.test(clause) &&
    !NOISE_PATTERNS.currencyAmount.test(clause) &&
    !P.payOrAsk.test(clause)
  );
}
