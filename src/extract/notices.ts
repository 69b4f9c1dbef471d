/**
 * A notice that asks nothing: "Please note that the workshop is on the 2nd floor and the building
 * has no lift", "Please note the factory is closed for holidays from 3 to 21 August", "please note
 * our new opening hours from 1 July". The "please" reads as an ask to the rules and the model;
 * what follows only informs. A notice of a rule ("Please note all invoices must quote the PO
 * number"), a need ("we need a 230 V socket"), a prohibition ("no noisy work before 9:00", but not
 * "the building has no lift"), a price or terms ("paid in advance", "charged at S$180 per hour")
 * or a deadline still counts. In the tuning part, every one of the 100 annotated "please note"
 * sentences has one of those words; 14 notices without them were offered as asks, 13 of them
 * about hours, closures, travel, places or measures (`plainFact`).
 */
export const NOTICE_PATTERNS = {
  notice:
    /^\W{0,3}(?:(?:also|and|but|so),? )?(?:please|kindly) (?:note|be aware|bear in mind|keep in mind)\b(?: that)?/i,
  /**
   * What makes a notice an obligation after all, or a second clause that may ask ("Please note
   * we're closed over Easter so get your orders in by Friday", "… - email Maria by Friday").
   */
  obliges:
    /\b(?:must|mustn't|need|needs|needed|require|requires|required|requirements?|have to|has to|should|shall|only|may not|cannot|can't|can not|not allowed|(?:is|are) not permitted|(?<!\b(?:has|have|had|is|are|was|were|with|there's) )no (?!longer\b|later\b|more than\b)[\w-]{2,20}|at your (?:cost|expense)|rejected|refused|not accepted|pay|pays|paid|payable|payment|charge|charged|charges|fee|fees|invoices?|terms|deadline|latest|ensure|make sure|bring|wear|send|provide|submit|confirm|let (?:us|me) know|rules?|polic(?:y|ies)|rider)\b|\?|(?:;|:\s|\s[-–—]\s|,? \bso\b)\s*(?:please |kindly |just )?(?!(?:the|our|your|you|it|this|that|there|we|i|they|he|she|my|any|all|a|an|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b)[a-z]{2,12}\b|\b(?:and|then) (?:please |kindly )?[a-z]{2,12} (?:the|your|us|me|it|them|him|her)\b/i,
  /**
   * What the notice is about: when and where the writer's side works (closures, hours, leave,
   * travel, the floor, the lift), a change under way, or a plain measure or condition. The
   * email-intent file counts a "please note" about anything else ("Please note that the
   * application you have installed is the full version") as an ask of the reader.
   */
  plainFact:
    /\b(?:closed|closes|closing|open|opening|hours|holidays?|leave|travell?ing|away|out of (?:the )?office|floor|lift|elevator|parking|located|runs|changing|outside|sometimes|(?:is|are) \d)\b/i,
} as const;

/** Whether the clause is a "please note" that only informs. */
export function noticeOnly(clause: string): boolean {
  const P = NOTICE_PATTERNS;
  return P.notice.test(clause) && P.plainFact.test(clause) && !P.obliges.test(clause);
}
