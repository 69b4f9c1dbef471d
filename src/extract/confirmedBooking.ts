/**
 * A booking the writer confirms to the reader for a day: "You're confirmed for Saturday 28
 * November, 21:30-00:30", "you're booked in for Thursday 22 October", "You're locked in for
 * Monday, April 20", "your booking for Friday 18 September is confirmed". The writer's side now
 * owes the service that day: its deliverable, due then. No rule read them before (a confirmation
 * is neither a promise with "will" nor an ask). In the gold set's tuning part, 20 of the 25 such
 * clauses with a day are annotated as the writer's deliverable due that day.
 *
 * Not a room or a person booked by someone ("The studio is booked for 18 March", "Declan is booked
 * for 20–21 October"), which the parts annotate or leave out about evenly: only a booking said to
 * the reader ("you", "your booking") counts. A day is needed, so "you're booked!" stays a thank-you.
 */

/** Booked, said in any of the ways a supplier confirms it. */
const BOOKED = String.raw`(?:confirmed|booked(?: in)?|locked in|reserved|all set)`;

/** "You're confirmed for …", "you are booked in for …": also where sentences.ts cuts a clause after a dash. */
export const YOURE_BOOKED = String.raw`you(?:'re|’re| are) (?:now |all )?${BOOKED} (?:for|on)\b`;

export const CONFIRMED_BOOKING_PATTERNS = {
  /** "You're confirmed for …", "you are booked in for …", "You're reserved for November 14". */
  youreBooked: new RegExp(String.raw`(?:^|[^\w'])${YOURE_BOOKED}`, 'i'),
  /**
   * "Your booking for Friday 18 September is confirmed", "your booking for Wednesday 10 June,
   * 19:00-23:00, is confirmed" (a time's colon is no break), "Your Segway tour is confirmed for
   * Friday 18 September", "Your zorbing morning on Friday 9 October is confirmed", "Your class on
   * Saturday 10 October is reserved" (the last part's annotators mark all five such lines).
   */
  bookingConfirmed: new RegExp(
    String.raw`(?:^|[^\w'])(?:(?:your|the) (?:booking|reservation)(?: for\b(?:[^.;:!?]|:(?=\d)){2,40}?)?|your(?: (?!(?:payment|refund|deposit|invoice|quote|order|cancell?ation|day|leave|holiday|appointment|call|meeting|flight|account|password|email|subscription|bank|transfer|wire|remittance|purchase|registration|attendance)s?\b)[\w-]{2,20}){1,3}(?<!\b(?:team|crew|staff)s?)(?: on\b(?:[^.;:!?]|:(?=\d)){2,40}?)?) is (?:now |all )?(?:confirmed|booked|locked in|reserved)\b(?!,? (?:but|subject|pending|once|if|unless)\b)`,
    'i',
  ),
  /**
   * A confirmation as a heading before the day booked: "Booked: Thursday 21 May, waves at 13:00",
   * "Confirmed - Thursday 26 November, 7pm-10pm, exclusive use", "Booked - private basket for 8,
   * Tuesday 11 August". In the tuning part 12 of the 15 such lines that name a day are annotated
   * as the supplier's service that day. Said by the side that pays ("Confirmed - Friday 13 March"
   * after an ask for the contract) it only answers, so `confirmsHeadline` is read where the thread's
   * payee is known (availableForJob.ts), with a day.
   */
  headline: /^\W{0,3}(?:all |now )?(?:booked|confirmed|locked in)(?: and confirmed)? ?(?:[:!]|[–—-] )/i,
  /**
   * A call, a meeting or a visit confirmed ("Booked – the Zoom link for Wednesday is below",
   * "Confirmed: site visit on Tuesday 10 March at 11am"), a time accepted ("Confirmed - Thursday at
   * 2pm works for me"), a cancellation, a trip, or an order's quantities.
   */
  headlineNotService:
    /\b(?:zoom|teams|link|call|meeting|quantities|works|suits|is fine|cancell?(?:ed|ation)|demo|interview|visit|viewing|tasting|flight|lands|train)\b/i,
} as const;

/** Whether the clause confirms the reader's booking (the caller checks for a day; no question). */
export function confirmsBooking(clause: string): boolean {
  const P = CONFIRMED_BOOKING_PATTERNS;
  return (
    !clause.includes('?') &&
    (clause.includes('ou') || clause.includes('ooking') || clause.includes('eservation')) &&
    (P.youreBooked.test(clause) || P.bookingConfirmed.test(clause))
  );
}

/** "Booked: Thursday 21 May, waves at 13:00": a confirmation as a heading (the caller checks the payee and a day). */
export function confirmsHeadline(clause: string): boolean {
  const P = CONFIRMED_BOOKING_PATTERNS;
  return !clause.includes('?') && P.headline.test(clause) && !P.headlineNotService.test(clause);
}
