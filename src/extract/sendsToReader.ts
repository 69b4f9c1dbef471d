/**
 * A thing the writer will send to the reader ("I'll put the course outline together and send it
 * to you by Wednesday", "we will email them over to you"): the writer's own hand-over, which the
 * intent model may not turn into an ask (writersOwnAct.ts), and no meeting for the meeting it
 * prepares (classify.ts).
 */
export const SENDS_TO_READER_PATTERNS = {
  /** "I'll", "we will": the writer's promise… */
  writerWill: /\b(?:i|we)(?:'ll| will| shall)\b/i,
  /** …then, a few words on, a hand-over to the reader: "send it to you", "email them over to you". */
  sendsToReader:
    /\b(?:send|email|e-mail|forward|share|deliver|post|courier|upload)(?: (?:it|them|this|that|these|those|everything|both))?(?: over| across| back)? to you\b/i,
} as const;

/** "I'll put the outline together and send it to you": the hand-over within 80 characters of the promise. */
export function sendsToReader(clause: string): boolean {
  const P = SENDS_TO_READER_PATTERNS;
  const will = P.writerWill.exec(clause);
  return will !== null && P.sendsToReader.test(clause.slice(will.index, will.index + 80));
}
