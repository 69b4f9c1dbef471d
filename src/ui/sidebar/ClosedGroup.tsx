import type { ComponentChild } from 'preact';
import type { LedgerItem } from '../../core';

/**
 * Done, missed and cancelled items, folded away so what is still owed keeps the room:
 * a native disclosure (`<details>`), closed by default, that keyboards and screen readers
 * already know how to open. Most recently settled first.
 */
export function ClosedGroup({
  items,
  renderItem,
}: {
  items: LedgerItem[];
  renderItem(item: LedgerItem): ComponentChild;
}) {
  const newestFirst = [...items].sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  );
  return (
    <details class="closed-group">
      <summary>Closed ({items.length})</summary>
      <ul class="items">{newestFirst.map(renderItem)}</ul>
    </details>
  );
}
