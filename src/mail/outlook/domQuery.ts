import { ANY_BODY } from './selectors';

/**
 * Queries that ignore anything inside a message body. A body is written by whoever sent the
 * mail and can carry markup that looks like Outlook's own (an `aria-label="From: …"`, a
 * `data-testid="SentReceivedSavedTime"`, a nested `UniqueMessageBody`): page structure is
 * only ever taken from Outlook's chrome around the bodies.
 */

/** True when `el` sits strictly inside a message body. */
export function isInsideBody(el: Element): boolean {
  return el.parentElement?.closest(ANY_BODY) != null;
}

export function queryAllOutsideBodies(scope: ParentNode, selector: string): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((el) => !isInsideBody(el));
}

export function queryOutsideBodies(scope: ParentNode, selector: string): Element | null {
  for (const el of Array.from(scope.querySelectorAll(selector))) {
    if (!isInsideBody(el)) return el;
  }
  return null;
}

/** Only the outermost of a set of elements (a match nested in another match is dropped). */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
