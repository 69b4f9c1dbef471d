/**
 * Tells a mail tab's messages apart from every other sender's, for work the worker does once a
 * mail page has started (making the warm extraction document: warmExtractor.ts `prewarm`).
 * A content script talks to the worker as soon as its page starts (`settings.get` from
 * mountSidebar.tsx) and again on every thread it opens; the dashboard and options pages send
 * the same messages, but their user is not about to open mail, so they are left out.
 */
import { classifySender, type SenderInfo } from '../messaging/senders';

export interface MailTabContext {
  extensionId: string;
  extensionOrigin: string;
}

/**
 * Returns what to call with each answered message's sender: `onMailTab` runs for Accord's own
 * content scripts in a tab on a mail host (the router's 'content' senders), never for extension
 * pages, other extensions or other sites.
 */
export function whenMailTabSpeaks(context: MailTabContext, onMailTab: () => void) {
  return (sender: SenderInfo): void => {
    if (classifySender(sender, context.extensionId, context.extensionOrigin) === 'content') onMailTab();
  };
}
