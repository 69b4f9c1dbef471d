import { outsideBodies } from '../domQuery';
import { ANY_BODY } from './selectors';

/**
 * Queries that ignore anything inside a message body. A body is written by whoever sent the
 * mail and can carry markup that looks like Outlook's own (an `aria-label="From: …"`, a
 * `data-testid="SentReceivedSavedTime"`, a nested `UniqueMessageBody`): page structure is
 * only ever taken from Outlook's chrome around the bodies.
 */

export const { isInsideBody, queryAllOutsideBodies, queryOutsideBodies } = outsideBodies(ANY_BODY);

/** Only the outermost of a set of elements (a match nested in another match is dropped). */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
