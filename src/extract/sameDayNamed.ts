/**
 * A weekday and a calendar date in one clause that name the same day: "Payment will go out in our
 * Thursday run on 5 November", "We could place the monitors on Friday afternoon, January 22",
 * "A second delivery on Saturday morning, May 22", "the rehearsal dinner on the Friday night (16
 * Oct)", "by the Thursday before, 5 November". The date says which of those weekdays is meant, so
 * the due day is the date. Before, the date parser read the weekday alone as the coming one (a
 * week or months too early) whenever it stood first and no "by" marked the date, and the clause was
 * due on the wrong day: about a dozen such clauses in the tuning part of 8 December 2026, in
 * invoices, deliveries, events and site work. Only when the date is read as strongly as the
 * weekday: "by Monday, so the permit can go in on 8 March" sets Monday as the deadline, whichever
 * Monday the date falls on. A date on another weekday ("Tuesday is difficult; could we do 4
 * March?") is another day, and the usual choice between the two stands.
 */

export const SAME_DAY_PATTERNS = {
  /**
   * Words between a weekday and a later date that make the date another event's ("on Friday, so
   * that your crew can start on 13 March", "on Monday for the dinner on 23 March", "due Friday,
   * with the balance due 20 March", "on Thursday to talk through the 19 March install"): the
   * weekday is then the clause's own day. Not "the Thursday before, 5 November".
   */
  otherEvent:
    /\b(?:for|so|ahead|after|to|with|whether|and|then|until|till|about|once|when|than|but|or|because|since|as)\b|\bbefore\b(?!,)|[;.!?]/i,
} as const;

/**
 * The longest gap between the weekday and the date, in characters, for the two to be one day
 * said twice ("in our Thursday payment run on 5 November", "Our Tuesday van can bring the chairs
 * round on 17 March").
 */
const MAX_GAP = 45;

/** The weekday (0 Sunday … 6 Saturday) of a `YYYY-MM-DD` day. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** One reading of a day in the clause: the day, whether only its weekday was said, and where. */
export interface DayRead {
  day: string;
  weekdayOnly: boolean;
  start: number;
  end: number;
}

/**
 * Whether `next` should take the place of `best`, read as strongly, because the two name the same
 * day and `next` says it more fully (a date for a weekday said alone): the date comes soon after
 * the weekday in `text`, with no word between that makes it another event's.
 */
export function namesSameDayMoreFully(best: DayRead, next: DayRead, text: string): boolean {
  if (!best.weekdayOnly || next.weekdayOnly || best.day === next.day) return false;
  if (weekdayOf(best.day) !== weekdayOf(next.day)) return false;
  const gap = text.slice(best.end, next.start);
  return next.start >= best.end && gap.length <= MAX_GAP && !SAME_DAY_PATTERNS.otherEvent.test(gap);
}
