import type { LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { applyEdits, type ItemEdits } from './fields';
import { changes, record } from './itemRecord';
import { LedgerRuleError } from './errors';
import { updateItem } from './updateItem';

/**
 * Corrects an item's words or terms (a typo, the wrong owner). History keeps from/to of the
 * fields that changed; an edit that changes nothing writes nothing. An agreed change of
 * date or amount is a renegotiation instead (see renegotiate), so the old terms stay visible.
 */
export function editItem(
  db: LedgerDb,
  id: string,
  edits: ItemEdits,
  now: Date,
  why?: string,
): Promise<LedgerItem> {
  if (edits.text !== undefined && !edits.text.trim()) {
    throw new LedgerRuleError('An item needs some words saying what is owed.');
  }
  return updateItem(db, id, (item) => {
    const diff = changes(item, edits);
    if (!diff) return item;
    return record(applyEdits(item, edits), { by: 'user', action: 'edited', why, ...diff }, now);
  });
}
