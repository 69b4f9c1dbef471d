/**
 * The largest thread the worker accepts (src/messaging/schemas.ts checks these). The content
 * side clamps to them first (src/mail/clampThread.ts), so a long name or a huge body is cut,
 * and said to be cut, instead of the whole thread being refused (issue 10).
 */
export const MAIL_LIMITS = {
  /** A person's display name, in UTF-16 code units. */
  nameChars: 500,
  /** A message body. */
  bodyChars: 1_000_000,
  /** A thread's or a message's subject. */
  subjectChars: 2000,
  /** To and cc, each. */
  recipients: 500,
  messages: 500,
} as const;
