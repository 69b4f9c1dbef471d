/** Status changes: the lifecycle in lifecycle.ts, delivery (markDone) and the recap. */
import type { ExpectationStatus, LedgerItem, SourceRef } from '../core';
import type { LedgerDb } from './db';
import { assertTransition, statusAction } from './lifecycle';
import { getItemOrThrow, putItem, record } from './itemRecord';
import { LedgerRuleError } from './errors';
import { writeTransaction } from './transaction';
import { localDay, updateItem } from './updateItem';

export interface StatusChange {
  status: Exclude<ExpectationStatus, 'renegotiated'>;
  why?: string;
  /** For 'done': the day it was done (defaults to today, in the user's time zone). */
  doneOn?: string;
  /** The message that shows it (a delivery), when there is one. */
  evidence?: SourceRef;
  by?: 'user' | 'accord';
}

export function setStatus(db: LedgerDb, id: string, change: StatusChange, now: Date): Promise<LedgerItem> {
  return updateItem(db, id, (item) => nextStatus(item, change, now));
}

/** A delivery: the item is done, with the message that delivered it as evidence. */
export function markDone(
  db: LedgerDb,
  id: string,
  delivery: { evidence?: SourceRef; doneOn: string; why?: string },
  now: Date,
): Promise<LedgerItem> {
  return setStatus(db, id, { status: 'done', ...delivery }, now);
}

export function nextStatus(item: LedgerItem, change: StatusChange, now: Date): LedgerItem {
  assertTransition(item.status, change.status);
  const next: LedgerItem = { ...item, status: change.status };
  const from: Record<string, unknown> = { status: item.status };
  const to: Record<string, unknown> = { status: change.status };
  if (change.status === 'done') {
    next.doneOn = change.doneOn ?? localDay(now);
    to.doneOn = next.doneOn;
  } else if (item.doneOn !== undefined) {
    // Reopened: the old date stays in history's `from`.
    delete next.doneOn;
    from.doneOn = item.doneOn;
  }
  return record(
    next,
    {
      by: change.by ?? 'user',
      action: statusAction(item.status, change.status),
      why: change.why,
      from,
      to,
      evidence: change.evidence,
    },
    now,
  );
}

/**
 * "Send recap": the items read back to the client are stamped (and say so in history).
 * Status stays as it is: the client confirms by replying, and the user records that.
 * All or nothing: if one id is gone, none is stamped.
 */
export function markSentForConfirmation(db: LedgerDb, ids: string[], now: Date): Promise<LedgerItem[]> {
  if (ids.length === 0) throw new LedgerRuleError('The recap has no items in it.');
  return writeTransaction(db, ['expectations'], async (tx) => {
    const items = await Promise.all([...new Set(ids)].map((id) => getItemOrThrow(tx, id)));
    const stamp = now.toISOString();
    return Promise.all(
      items.map((item) =>
        putItem(
          tx,
          record(
            { ...item, sentForConfirmationAt: stamp },
            { by: 'user', action: 'sent-for-confirmation', why: 'included in a recap to the client' },
            now,
          ),
        ),
      ),
    );
  });
}
