/**
 * The dashboard's client writes: rename and notes by id, merging two clients, and moving one
 * item to another client. Each is one transaction; items that change client say so in their
 * history (from/to clientId and the client's name), so a wrong merge can be traced.
 */
import type { Client, LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { LedgerRuleError } from './errors';
import { getItemOrThrow, putItem, record } from './itemRecord';
import type { ReviewRecord } from './schema';
import { writeTransaction } from './transaction';

const GONE = 'That client is no longer in the ledger.';

export function setClientName(db: LedgerDb, clientId: string, name: string, now: Date): Promise<Client> {
  const trimmed = name.trim();
  if (!trimmed) throw new LedgerRuleError('A client needs a name.');
  return changeClient(db, clientId, (c) => ({ ...c, name: trimmed }), now);
}

/** The user's own notes about a client (never shown to the client: not in the printable summary). */
export function setClientNotes(db: LedgerDb, clientId: string, notes: string, now: Date): Promise<Client> {
  return changeClient(db, clientId, (c) => ({ ...c, notes }), now);
}

async function changeClient(
  db: LedgerDb,
  clientId: string,
  change: (c: Client) => Client,
  now: Date,
): Promise<Client> {
  return writeTransaction(db, ['clients'], async (tx) => {
    const client = await tx.store.get(clientId);
    if (!client) throw new LedgerRuleError(GONE);
    const next = change(client);
    if (next.name === client.name && next.notes === client.notes) return client;
    const updated = { ...next, updatedAt: now.toISOString() };
    await tx.store.put(updated);
    return updated;
  });
}

/**
 * Merges `fromId` into `intoId`: its domains, addresses, items and reviews join `intoId`,
 * its notes are appended, and the `fromId` record is deleted. All in one transaction over
 * clients, expectations and reviews: a stopped worker leaves two clients or one, never half.
 */
export async function mergeClients(
  db: LedgerDb,
  fromId: string,
  intoId: string,
  now: Date,
): Promise<{ client: Client; movedItems: number; movedReviews: number }> {
  if (fromId === intoId) throw new LedgerRuleError('A client cannot be merged into itself.');
  return writeTransaction(db, ['clients', 'expectations', 'reviews'], async (tx) => {
    const clients = tx.objectStore('clients');
    const [from, into] = await Promise.all([clients.get(fromId), clients.get(intoId)]);
    if (!from || !into) throw new LedgerRuleError(GONE);
    const stamp = now.toISOString();
    const merged: Client = {
      ...into,
      domains: unite(into.domains, from.domains),
      addresses: unite(into.addresses, from.addresses),
      notes: [into.notes.trim(), from.notes.trim() && `From ${from.name}: ${from.notes.trim()}`]
        .filter(Boolean)
        .join('\n\n'),
      updatedAt: stamp,
    };
    const items = await tx
      .objectStore('expectations')
      .index('byClientOpen')
      .getAll(IDBKeyRange.bound([fromId, 0], [fromId, 1]));
    const why = `merged ${from.name} into ${into.name}`;
    await Promise.all(items.map((item) => putItem(tx, moved(item, from, into, why, now))));
    const reviews = await tx.objectStore('reviews').index('byClient').getAll(fromId);
    await Promise.all(
      reviews.map((r) =>
        tx.objectStore('reviews').put({ ...r, clientId: intoId, updatedAt: stamp } as ReviewRecord),
      ),
    );
    // The merged-away client's domains must leave before the survivor claims them (multiEntry
    // indexes are not unique, but lookups by domain must find one client).
    await clients.delete(fromId);
    await clients.put(merged);
    return { client: merged, movedItems: items.length, movedReviews: reviews.length };
  });
}

/** Moves one item to another client (it was filed under the wrong one). */
export function moveItem(
  db: LedgerDb,
  id: string,
  clientId: string,
  now: Date,
  why?: string,
): Promise<LedgerItem> {
  return writeTransaction(db, ['clients', 'expectations'], async (tx) => {
    const item = await getItemOrThrow(tx, id);
    if (item.clientId === clientId) return item;
    const clients = tx.objectStore('clients');
    const [from, to] = await Promise.all([clients.get(item.clientId), clients.get(clientId)]);
    if (!to) throw new LedgerRuleError(GONE);
    return putItem(tx, moved(item, from ?? null, to, why, now));
  });
}

function moved(
  item: LedgerItem,
  from: Client | null,
  to: Client,
  why: string | undefined,
  now: Date,
): LedgerItem {
  return record(
    { ...item, clientId: to.id },
    {
      by: 'user',
      action: 'moved',
      why,
      from: { clientId: item.clientId, client: from?.name ?? null },
      to: { clientId: to.id, client: to.name },
    },
    now,
  );
}

/** Marks (or unmarks) a done item as delivered beyond what was agreed. */
export function setExtra(
  db: LedgerDb,
  id: string,
  extra: boolean,
  now: Date,
  why?: string,
): Promise<LedgerItem> {
  return writeTransaction(db, ['expectations'], async (tx) => {
    const item = await getItemOrThrow(tx, id);
    if (Boolean(item.extra) === extra) return item;
    const next: LedgerItem = { ...item };
    if (extra) next.extra = true;
    else delete next.extra;
    return putItem(
      tx,
      record(next, { by: 'user', action: extra ? 'marked-extra' : 'unmarked-extra', why }, now),
    );
  });
}

function unite(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
