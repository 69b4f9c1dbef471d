/**
 * The single write path for items: every put of a LedgerItem goes through `putItem`, which
 * derives the indexed `open` flag from the status. Nothing else sets `open`.
 */
import { OPEN_STATUSES, type ExpectationStatus, type HistoryEntry, type LedgerItem } from '../core';
import type { StoreNames } from 'idb';
import type { LedgerSchema } from './schema';
import type { WriteTx } from './transaction';
import { LedgerRuleError } from './errors';

export function isOpenStatus(status: ExpectationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The record as stored: the item with `open` derived from its status. */
export function withDerivedFields(item: LedgerItem): LedgerItem {
  return { ...item, open: isOpenStatus(item.status) ? 1 : 0 };
}

/** The item as it travels outside the store (exports): without derived fields. */
export function withoutDerivedFields(item: LedgerItem): LedgerItem {
  const { open: _open, ...plain } = item;
  return plain;
}

/** Any readwrite transaction that includes the expectations store. */
type ItemsTx = Pick<WriteTx<readonly StoreNames<LedgerSchema>[]>, 'objectStore'>;

export async function putItem(tx: ItemsTx, item: LedgerItem): Promise<LedgerItem> {
  const stored = withDerivedFields(item);
  await tx.objectStore('expectations').put(stored);
  return stored;
}

/** Adds a new item; fails (and so aborts the action) if the id is already taken. */
export async function addItemRecord(tx: ItemsTx, item: LedgerItem): Promise<LedgerItem> {
  const stored = withDerivedFields(item);
  await tx.objectStore('expectations').add(stored);
  return stored;
}

export async function getItemOrThrow(tx: ItemsTx, id: string): Promise<LedgerItem> {
  const item = await tx.objectStore('expectations').get(id);
  if (!item) throw new LedgerRuleError('That item is no longer in the ledger.');
  return item;
}

/** Appends a history entry and stamps the item; returns the new item (never mutates). */
export function record(item: LedgerItem, entry: Omit<HistoryEntry, 'at'>, now: Date): LedgerItem {
  const at = now.toISOString();
  const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
  return { ...item, updatedAt: at, history: [...item.history, { at, ...clean } as HistoryEntry] };
}

/** The fields of `patch` whose values differ from `item`, as history's from/to pair. */
export function changes(
  item: LedgerItem,
  patch: Partial<Record<keyof LedgerItem, unknown>>,
): { from: Record<string, unknown>; to: Record<string, unknown> } | null {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch) as [keyof LedgerItem, unknown][]) {
    if (value === undefined) continue;
    if (JSON.stringify(item[key] ?? null) === JSON.stringify(value ?? null)) continue;
    from[key] = item[key] ?? null;
    to[key] = value;
  }
  return Object.keys(to).length ? { from, to } : null;
}
