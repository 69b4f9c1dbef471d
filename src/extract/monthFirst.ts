/**
 * Two date phrases in one clause, and which names the clause's day (dates.ts `resolveDue`):
 * - a date that names its month, said as the act's own day ("on", "by", "for") before a bare day
 *   number, wins over it: "We could install on Sunday 24 May, before your team moves in on the 25th"
 *   is due on the 24th; "Please pay the 27 February invoice on the 10th" stays due on the 10th;
 * - two phrases that overlap are one date read twice: "by 4:45 pm on Saturday the 10th" is the 10th,
 *   not the coming Saturday.
 */
export const MONTH_FIRST_PATTERNS = {
  namesMonth: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  /** The date is the act's own day: said after "on", "by", "for", "until" or "before" (chrono may take the word in). */
  actsDay: /\b(?:on|by|for|until|before)\s{1,3}$/i,
  actsDayInPhrase: /^(?:on|by|for|until|before)\s/i,
  /**
   * …and ends there: a comma, a time, "before", "for", "so" (not "the 27 February invoice", "the 2
   * March site visit", which name a thing by its date).
   */
  endsThere:
    /^(?:\s{0,3}(?:[,.;:!?)–—-]|$)|\s{1,3}(?:at|from|to|and|before|after|between|by|so|for|in|with|ahead|once|when|as)\b)/i,
} as const;

/** Whether `dated`, a date that names its month and is the act's own day, is said before the day number `ordinal`. */
export function monthFirst(text: string, dated: string | undefined, ordinal: string): boolean {
  const P = MONTH_FIRST_PATTERNS;
  if (!dated || !P.namesMonth.test(dated)) return false;
  const i = text.indexOf(dated);
  return (
    i >= 0 &&
    i < text.indexOf(ordinal) &&
    (P.actsDayInPhrase.test(dated) || P.actsDay.test(text.slice(Math.max(0, i - 12), i))) &&
    P.endsThere.test(text.slice(i + dated.length))
  );
}

/**
 * Whether two date phrases of a clause are apart, not one date read twice: "by 4:45 pm on Saturday"
 * and "Saturday the 10th" overlap in "by 4:45 pm on Saturday the 10th", which is the 10th.
 */
export function apart(text: string, dated: string | undefined, ordinal: string): boolean {
  if (dated === undefined || ordinal.includes(dated)) return false;
  const i = text.indexOf(dated);
  const j = text.indexOf(ordinal);
  return i < 0 || j < 0 || i + dated.length <= j || j + ordinal.length <= i;
}
