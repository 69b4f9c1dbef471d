import { outsideBodies } from '../domQuery';
import { BODY } from './selectors';

/**
 * Queries that ignore anything inside a message body.
 *
 * Bodies are written by whoever sent the mail. A body can contain markup that looks like
 * Gmail's own (a fake `h2.hP`, `span.gD[email]`, `div.a3s`, `data-message-id`): the adapter
 * must never take page structure from inside a body, only from Gmail's chrome around it.
 */

export const { isInsideBody, queryAllOutsideBodies, queryOutsideBodies } = outsideBodies(BODY);

/**
 * True when `el` or an ancestor is hidden through an inline `display:none` or `hidden`.
 * Gmail keeps the inbox list (and sometimes the previous thread) in the DOM this way while
 * a thread is open; computed styles are not used so this works the same in tests.
 */
export function isHiddenInline(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}
