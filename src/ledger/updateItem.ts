import type { LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { getItemOrThrow, putItem } from './itemRecord';
import { writeTransaction } from './transaction';

/**
 * Reads an item, lets `change` produce its next state (or throw a rule error), writes it:
 * one transaction, so two tabs changing the same item cannot interleave read and write.
 */
export function updateItem(
  db: LedgerDb,
  id: string,
  change: (item: LedgerItem) => LedgerItem,
): Promise<LedgerItem> {
  return writeTransaction(db, ['expectations'], async (tx) => {
    const item = await getItemOrThrow(tx, id);
    const next = change(item);
    return next === item ? item : putItem(tx, next);
  });
}

export { localDay } from '../core/format';
