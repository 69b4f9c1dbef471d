/**
 * A call or visit promised to the reader by someone on the writer's side: "I'll call you then",
 * "She'll call you on Tuesday at 10:00", "my colleague Raj will ring you Monday", "the driver will
 * phone you the day before", "I'll come by your office on Wednesday at 1pm", "I'll set up both
 * interviews for Tuesday"; and a thing the reader will have ("You will have the quote by Tuesday").
 * The caller owes the call (annotation guide: "I'll call you then" binds the writer), and the giver
 * the thing, so the intent model, which reads a time in it as a time offered, does not turn it into
 * an ask for the reader. "You'll call us on arrival" and questions ("Will she call me?") are not it.
 */

export const CALL_PROMISE_PATTERNS = {
  /** Someone other than "you" will call, ring or phone the reader, visit them or set the meeting up. */
  promise:
    /(?<!\byou)(?:'ll| will| shall)(?: (?:also|then|just|personally|first))? (?:(?:call|ring|phone|be (?:calling|ringing|phoning)) (?:you|u)\b|give you a (?:call|ring|bell)\b|(?:come|pop|stop|drop|swing) (?:by|round|over|in)(?: at| to)? your\b|visit (?:you|your)\b|set up (?:a |an |the |our |both |two )?(?:[\w-]{2,20} ){0,3}(?:call|meeting|check-?in|session|interviews?|demo|walkthrough|walk-through)s?\b)/i,
  /**
   * "You will have the controller quote before the meeting, by Tuesday the 15th", "you'll get the
   * edited thesis by 11 February": what the reader will have by a time is handed over by the writer
   * (not "you'll have to sign", "you'll have 30 days to reply", "I assume you will have the team
   * there for the discussion").
   */
  readerWillHave:
    /\byou(?:'ll| will| should) (?:also |then |still )?(?:have|get|receive) (?!to\b|until\b|(?:any|no|some|time|questions?|a (?:question|chance|choice|look|think))\b|(?:\d{1,3}|one|two|three|four|five|seven|ten|fourteen|thirty) (?:\w+ )?(?:days?|weeks?|months?|hours?)\b)/i,
  /** A time the thing is had by, which `readerWillHave` needs. */
  byTime: /\b(?:by|before|on|within|tomorrow|today|tonight|first thing)\b/i,
  /** The reader's own people as the subject ("Your office manager will set up the call"): theirs, not a promise. */
  readersPeople: /\byour (?:[\w-]{2,20} ){0,2}[\w-]{2,20}(?:'ll| will| shall)\b/i,
} as const;

/** Whether the clause promises the reader a call, or a thing they will have, from the writer's side. */
export function promisesCall(clause: string): boolean {
  const P = CALL_PROMISE_PATTERNS;
  return (
    !clause.includes('?') &&
    ((P.promise.test(clause) && !P.readersPeople.test(clause)) ||
      (P.readerWillHave.test(clause) && P.byTime.test(clause)))
  );
}
