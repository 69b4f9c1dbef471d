/**
 * "Draft a follow-up": the text (src/recap/followUpText.ts) goes into a reply of the open
 * thread through the host's reply compose. Gmail's is src/mail/gmail/compose.ts, the same
 * path as Send recap; another host plugs in its own ReplyComposer. Nothing is sent.
 */
import type { LedgerItem } from '../core';
import { readGmailAccountName } from '../mail/gmail/accountName';
import { openReplyWithText, type ReplyResult } from '../mail/gmail/compose';
import type { ClientView } from '../messaging/protocol';
import { buildFollowUp } from '../recap/followUpText';

/** What a mail host offers to write a reply: open one on the open thread with `text` at its top. */
export interface ReplyComposer {
  openReplyWithText(text: string): Promise<ReplyResult>;
  /** The signed-in user's display name, to sign with, when the page shows it. */
  accountName(): string | null;
}

export function gmailReplyComposer(doc: Document = document): ReplyComposer {
  return {
    openReplyWithText: (text) => openReplyWithText(doc, text),
    accountName: () => readGmailAccountName(doc),
  };
}

/** Writes the follow-up into a reply; throws with the host's reason when it could not. */
export async function draftFollowUp(
  client: ClientView | null,
  item: LedgerItem,
  composer: ReplyComposer,
): Promise<void> {
  const firstName = client?.people[0]?.name.trim().split(/\s+/)[0] || null;
  const text = buildFollowUp({ greetingName: firstName, ourName: composer.accountName(), item });
  const result = await composer.openReplyWithText(text);
  if (!result.ok) throw new Error(result.reason);
}
