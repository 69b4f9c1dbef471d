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

/** The weekday (0 Sunday … 6 Saturday) of a `YYYY-MM-DD` day. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** One reading of a day in the clause: the day, and whether only its weekday was said. */
export interface DayRead {
  day: string;
  weekdayOnly: boolean;
}

/**
 * Whether `next` should take the place of `best`, read as strongly, because the two name the same
 * day and `next` says it more fully (a date for a weekday said alone).
 */
export function namesSameDayMoreFully(best: DayRead, next: DayRead): boolean {
  return (
    best.weekdayOnly &&
    !next.weekdayOnly &&
    best.day !== next.day &&
    weekdayOf(best.day) === weekdayOf(next.day)
  );
}
