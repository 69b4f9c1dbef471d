import type { MailMessage, Thread } from '../core';

/**
 * In-body highlights for a thread read exactly through Graph (docs/graph-mail.md). Graph's
 * message ids (`internetMessageId`) are not the ids the host adapter derives for the messages
 * on screen, so the page's body elements are looked up under Graph's ids by pairing each
 * Graph message with the page message of the same sender sent in the same minute (Outlook
 * shows times to the minute; Graph has seconds).
 *
 * When several messages share a sender and a minute, they are paired in order only if both
 * sides have the same number of them; otherwise none of them is paired, since an unmarked
 * sentence is better than a mark on the wrong message. A Graph message with no partner on
 * the page (collapsed there, or not rendered) simply gets no marks.
 */

const MINUTE_MS = 60_000;

function pairingKey(m: MailMessage): string | null {
  const at = Date.parse(m.sentAt);
  if (!Number.isFinite(at)) return null;
  return `${m.from.email.trim().toLowerCase()}\n${Math.floor(at / MINUTE_MS)}`;
}

function groups(messages: MailMessage[]): Map<string, MailMessage[]> {
  const byKey = new Map<string, MailMessage[]>();
  for (const m of messages) {
    const key = pairingKey(m);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return byKey;
}

/** Graph message id → the page's id of the same message, for the messages that pair up. */
export function pageIdsOfExactMessages(exact: Thread, fromPage: Thread): Map<string, string> {
  const onPage = groups(fromPage.messages);
  const ids = new Map<string, string>();
  for (const [key, exactGroup] of groups(exact.messages)) {
    const pageGroup = onPage.get(key);
    if (!pageGroup || pageGroup.length !== exactGroup.length) continue;
    exactGroup.forEach((m, i) => ids.set(m.id, pageGroup[i]!.id));
  }
  return ids;
}

/** The page's message bodies keyed by Graph's ids, for the highlighter. */
export function bodiesUnderExactIds(
  pageBodies: Map<string, Element>,
  exact: Thread,
  fromPage: Thread,
): Map<string, Element> {
  const bodies = new Map<string, Element>();
  for (const [exactId, pageId] of pageIdsOfExactMessages(exact, fromPage)) {
    const body = pageBodies.get(pageId);
    if (body) bodies.set(exactId, body);
  }
  return bodies;
}
