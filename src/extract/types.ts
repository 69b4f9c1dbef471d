/**
 * Input and internal span types for extraction. Public types live in src/core; these are
 * the extractor's own, re-exported from index.ts where callers need them.
 */
import type { Identity, MailMessage } from '../core/mail';

/** What extraction needs from a message: no host ids, no `fullyRead`. */
export type ExtractionMessage = Pick<MailMessage, 'id' | 'from' | 'to' | 'cc' | 'sentAt' | 'text'> & {
  subject?: string;
};

export interface ExtractionInput {
  self: Identity;
  /**
   * IANA zone of the user ("America/New_York"), or LOCAL_ZONE (localZone.ts) for the runtime's
   * own; due dates are calendar dates there.
   */
  timeZone: string;
  subject?: string;
  messages: ExtractionMessage[];
}

/** A half-open range `[start, end)` of the message's original text. */
export interface Span {
  start: number;
  end: number;
}
