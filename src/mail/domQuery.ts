/**
 * Queries that ignore anything inside a message body, for any host. A body is written by
 * whoever sent the mail and can carry markup that looks like the host's own (a fake subject,
 * sender or message element): page structure is only ever taken from the host's chrome around
 * the bodies. Each adapter binds these to its own body selector (its domQuery.ts).
 */
export interface OutsideBodies {
  /** True when `el` sits strictly inside a message body (a body itself is not "inside"). */
  isInsideBody(el: Element): boolean;
  /** All matches of `selector` under `scope` that are not inside a message body. */
  queryAllOutsideBodies(scope: ParentNode, selector: string): Element[];
  /** The first match of `selector` under `scope` that is not inside a message body. */
  queryOutsideBodies(scope: ParentNode, selector: string): Element | null;
}

export function outsideBodies(bodySelector: string): OutsideBodies {
  const isInsideBody = (el: Element) => el.parentElement?.closest(bodySelector) != null;
  return {
    isInsideBody,
    queryAllOutsideBodies: (scope, selector) =>
      Array.from(scope.querySelectorAll(selector)).filter((el) => !isInsideBody(el)),
    queryOutsideBodies(scope, selector) {
      for (const el of Array.from(scope.querySelectorAll(selector))) if (!isInsideBody(el)) return el;
      return null;
    },
  };
}
