import { queryAllOutsideBodies, queryOutsideBodies } from './domQuery';
import { stableId } from './ids';
import { ATTR_LEGACY_MESSAGE_ID, ATTR_MESSAGE_ID, BODY, MESSAGE } from './selectors';

/**
 * The rendered body of every expanded message on the page, by the same message id the
 * adapter gives MailMessage.id. Collapsed messages have no body and are left out. Like the
 * adapter, it never takes structure from inside a body: a sender's fake `div.a3s` or
 * `data-message-id` is not a message.
 */
export function gmailMessageBodies(root: ParentNode): Map<string, Element> {
  const bodies = new Map<string, Element>();
  for (const el of queryAllOutsideBodies(root, MESSAGE)) {
    const id = stableId(el.getAttribute(ATTR_LEGACY_MESSAGE_ID), el.getAttribute(ATTR_MESSAGE_ID));
    const body = queryOutsideBodies(el, BODY);
    if (id && body && !bodies.has(id)) bodies.set(id, body);
  }
  return bodies;
}
