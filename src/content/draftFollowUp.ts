/**
 * "Draft a follow-up": the text (src/recap/followUpText.ts) goes into a reply of the open
 * thread through the host adapter's reply compose (Gmail's or Outlook's), the same path as
 * Send recap. Nothing is sent.
 */
import type { LedgerItem } from '../core';
import type { ReplyResult } from '../mail/adapter';
import type { ClientView } from '../messaging/protocol';
import { buildFollowUp } from '../recap/followUpText';
import { activeHost } from './activeHost';

/** What a mail host offers to write a reply: open one on the open thread with `text` at its top. */
export interface ReplyComposer {
  openReplyWithText(text: string): Promise<ReplyResult>;
  /** The signed-in user's display name, to sign with, when the page shows it. */
  accountName(): string | null;
}

/** The reply compose of this page's host, looked up when used (the controller sets it after mount). */
export function activeHostComposer(doc: Document = document): ReplyComposer {
  return {
    openReplyWithText: async (text) => {
      const host = activeHost();
      return host
        ? host.openReply(doc, text)
        : { ok: false, reason: 'Accord is not running on a mail page here.' };
    },
    accountName: () => activeHost()?.readAccountName(doc) ?? null,
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
