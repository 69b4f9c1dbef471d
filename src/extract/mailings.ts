/**
 * Mailings (newsletters, mail-merges) that extraction skips whole: a message whose text holds a
 * mailing's footer ("Manage email preferences"), unless the user wrote it (a renewal notice sent
 * from a sales tool) or the footer is only in the quoted history.
 */
import { isNewsletter } from './noise';
import { greetsReaderByName } from './personalGreeting';
import { writtenPart } from './quoted';
import type { ExtractionInput, ExtractionMessage } from './types';

/** The user's own address sent it (not only their domain: a company's mailing list shares it). */
function writtenByUser(message: ExtractionMessage, input: ExtractionInput): boolean {
  const from = message.from.email.toLowerCase();
  return input.self.emails.some((e) => e.toLowerCase() === from);
}

/**
 * Whether a message whose text holds a mailing's footer is a mailing. Not when the footer is only
 * in the quoted history, nor when, in a conversation (the user wrote in the thread, or the message
 * answers one), it greets its reader by name: a rep's mail sent through a sales tool that adds the
 * footer to everything. A mail-merge greets by name too, but answers nobody.
 */
function isMailing(message: ExtractionMessage, norm: string, input: ExtractionInput): boolean {
  const written = writtenPart(norm);
  if (!isNewsletter(written)) return false;
  const conversation = written.length < norm.length || input.messages.some((m) => writtenByUser(m, input));
  return !(conversation && greetsReaderByName(written, message.to));
}

/** Whether extraction skips the message as a mailing (see the module comment). */
export function isMailingToSkip(message: ExtractionMessage, norm: string, input: ExtractionInput): boolean {
  return !writtenByUser(message, input) && isNewsletter(norm) && isMailing(message, norm, input);
}
