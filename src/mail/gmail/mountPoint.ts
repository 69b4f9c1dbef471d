import { isHiddenInline, queryAllOutsideBodies } from './domQuery';
import { MAIN, MESSAGE, SUBJECT, THREAD_READY_SELECTOR } from './selectors';

export { THREAD_READY_SELECTOR };

/**
 * The open thread's subject heading: the first visible `h2.hP` in the main area that is
 * Gmail's own (not look-alike markup inside a body). Gmail can keep an earlier view in the
 * DOM, hidden with `display:none`; a visible heading wins, a hidden one is the fallback.
 */
export function findSubjectHeading(root: ParentNode): Element | null {
  const mains = root.querySelectorAll(MAIN);
  const scopes: ParentNode[] = mains.length > 0 ? Array.from(mains) : [];
  const candidates = scopes.flatMap((scope) => queryAllOutsideBodies(scope, SUBJECT));
  return candidates.find((el) => !isHiddenInline(el)) ?? candidates[0] ?? null;
}

/**
 * The element holding the open thread (its subject and its messages), or null when no
 * thread is rendered. Walks up from the subject to the nearest ancestor that also holds
 * the messages, never past the main area.
 */
export function findThreadRoot(root: ParentNode): Element | null {
  const heading = findSubjectHeading(root);
  if (!heading) return null;
  const main = heading.closest(MAIN);
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (queryAllOutsideBodies(node, MESSAGE).length > 0) return node;
    if (node === main) break;
  }
  return main;
}
