/**
 * "Send recap": the recap of what each side agreed goes into a reply for the user to edit
 * and send (src/recap/recapText.ts writes it, the host adapter's `openReply` puts it in
 * Gmail's or Outlook's own editor), then the items it lists are marked as sent for
 * confirmation. Nothing is sent: the reply stays a draft until the user presses Send.
 */
import { activeHost } from './activeHost';
import { sendToWorker } from '../messaging/client';
import type { ThreadView } from '../messaging/protocol';
import { buildRecap } from '../recap/recapText';

export type RecapOutcome = { ok: true; itemIds: string[] } | { ok: false; reason: string };

export async function sendRecap(
  view: ThreadView,
  doc: Document = document,
  host = activeHost(),
): Promise<RecapOutcome> {
  if (!host) return { ok: false, reason: 'Accord is not running on a mail page here.' };
  if (!view.client) return { ok: false, reason: 'There is no client on this thread to send a recap to.' };
  const firstName = view.client.people[0]?.name.trim().split(/\s+/)[0] ?? null;
  const recap = buildRecap({
    greetingName: firstName || null,
    ourName: host.readAccountName(doc) ?? 'us',
    clientName: view.client.name,
    items: view.items,
  });
  const inserted = await host.openReply(doc, recap.text);
  if (!inserted.ok) return inserted;
  if (recap.itemIds.length > 0) {
    try {
      await sendToWorker('items.markSentForConfirmation', { ids: recap.itemIds });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `The recap is in your reply, but Accord could not mark its items: ${why}` };
    }
  }
  return { ok: true, itemIds: recap.itemIds };
}
