/**
 * Drift: an agreed date, amount or scope changes. The item becomes `renegotiated` and its
 * history entry (action 'renegotiated') keeps the old terms beside the new ones; that
 * history is the one record of previous terms (see previousTerms), so nothing is duplicated.
 */
import type { HistoryEntry, LedgerItem, Money, SourceRef } from '../core';
import type { LedgerDb } from './db';
import { RENEGOTIABLE } from './lifecycle';
import { changes, record } from './itemRecord';
import { LedgerRuleError } from './errors';
import { updateItem } from './updateItem';

export interface NewTerms {
  due?: string | null;
  dueTime?: string | null;
  amount?: Money | null;
  /** Added scope ("plus the French version"), appended to the item's words. */
  scope?: string;
  evidence?: SourceRef;
  why?: string;
}

export function renegotiate(db: LedgerDb, id: string, terms: NewTerms, now: Date): Promise<LedgerItem> {
  return updateItem(db, id, (item) => renegotiated(item, terms, now));
}

export function renegotiated(item: LedgerItem, terms: NewTerms, now: Date): LedgerItem {
  if (!RENEGOTIABLE.includes(item.status)) {
    throw new LedgerRuleError(`An item that is ${item.status} cannot be renegotiated; reopen it first.`);
  }
  const scope = terms.scope?.trim();
  const patch: Partial<LedgerItem> = {};
  if (terms.due !== undefined) patch.due = terms.due;
  if (terms.amount !== undefined) patch.amount = terms.amount;
  if (scope) patch.text = `${item.text} (added: ${scope})`;
  const timeChange = terms.dueTime === undefined ? {} : { dueTime: terms.dueTime };
  const diff = changes(item, { ...patch, ...timeChange });
  if (!diff) throw new LedgerRuleError('The new terms are the same as the old ones: nothing to renegotiate.');

  const next: LedgerItem = { ...item, ...patch, status: 'renegotiated' };
  if (terms.dueTime === null) delete next.dueTime;
  else if (terms.dueTime !== undefined) next.dueTime = terms.dueTime;
  // The previous due date and amount are always recorded, even when only one changed,
  // so "old beside new" can be shown from this one entry.
  const from = { due: item.due, amount: item.amount, ...diff.from, status: item.status };
  const to = { due: next.due, amount: next.amount, ...diff.to, status: 'renegotiated' };
  return record(
    next,
    { by: 'user', action: 'renegotiated', why: terms.why, from, to, evidence: terms.evidence },
    now,
  );
}

export interface PreviousTerms {
  at: string;
  from: { due: string | null; amount: Money | null; text?: string };
  to: { due: string | null; amount: Money | null; text?: string };
  why?: string;
  evidence?: SourceRef;
}

/** Every renegotiation of an item, oldest first: what the terms were and became. */
export function previousTerms(item: LedgerItem): PreviousTerms[] {
  return item.history
    .filter((h): h is HistoryEntry & Required<Pick<HistoryEntry, 'from' | 'to'>> => {
      return h.action === 'renegotiated' && !!h.from && !!h.to;
    })
    .map((h) => ({
      at: h.at,
      from: pickTerms(h.from),
      to: pickTerms(h.to),
      ...(h.why ? { why: h.why } : {}),
      ...(h.evidence ? { evidence: h.evidence } : {}),
    }));
}

function pickTerms(values: Record<string, unknown>): PreviousTerms['from'] {
  const terms: PreviousTerms['from'] = {
    due: (values.due as string | null | undefined) ?? null,
    amount: (values.amount as Money | null | undefined) ?? null,
  };
  if (typeof values.text === 'string') terms.text = values.text;
  return terms;
}
