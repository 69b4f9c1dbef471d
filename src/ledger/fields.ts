/** The fields a user can set on an item, by hand, when accepting, or when editing. */
import type { ExpectationKind, LedgerItem, Money, Side } from '../core';

export type { ItemFields } from '../core';

/** An edit: only the fields given change; `null` clears an optional field. */
export interface ItemEdits {
  kind?: ExpectationKind;
  owner?: Side;
  text?: string;
  due?: string | null;
  dueTime?: string | null;
  amount?: Money | null;
  terms?: string | null;
}

/** Applies an edit to an item, dropping optional fields set to null. */
export function applyEdits(item: LedgerItem, edits: ItemEdits): LedgerItem {
  const next: LedgerItem = { ...item };
  if (edits.kind !== undefined) next.kind = edits.kind;
  if (edits.owner !== undefined) next.owner = edits.owner;
  if (edits.text !== undefined) next.text = edits.text;
  if (edits.due !== undefined) next.due = edits.due;
  if (edits.amount !== undefined) next.amount = edits.amount;
  if (edits.dueTime === null) delete next.dueTime;
  else if (edits.dueTime !== undefined) next.dueTime = edits.dueTime;
  if (edits.terms === null) delete next.terms;
  else if (edits.terms !== undefined) next.terms = edits.terms;
  return next;
}

/** `YYYY-MM-DD` plus `days` calendar days (date arithmetic in UTC, so no DST surprises). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
