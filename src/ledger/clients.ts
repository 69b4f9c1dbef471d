import type { Client } from '../core';
import type { ClientKey } from '../clients';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { LedgerDb } from './db';
import type { LedgerSchema } from './schema';
import { writeTransaction } from './transaction';

/** The stored client a thread's candidate key belongs to, if the user has one. */
export async function findClientByKey(db: LedgerDb, key: ClientKey): Promise<Client | undefined> {
  const [kind, value] = splitKey(key);
  return kind === 'domain'
    ? db.getFromIndex('clients', 'byDomain', value)
    : db.getFromIndex('clients', 'byAddress', value);
}

/** Creates the client record for a candidate the first time the user acts on it. */
export async function ensureClient(db: LedgerDb, key: ClientKey, name: string, now: Date): Promise<Client> {
  return writeTransaction(db, ['clients'], (tx) => ensureClientIn(tx.objectStore('clients'), key, name, now));
}

/**
 * The same inside a caller's transaction, so creating the client and writing its first
 * items is one action (a stopped worker leaves both or neither).
 */
export async function ensureClientIn(
  store: IDBPObjectStore<LedgerSchema, ArrayLike<StoreNames<LedgerSchema>>, 'clients', 'readwrite'>,
  key: ClientKey,
  name: string,
  now: Date,
): Promise<Client> {
  const [kind, value] = splitKey(key);
  const existing = await store.index(kind === 'domain' ? 'byDomain' : 'byAddress').get(value);
  if (existing) return existing;
  const stamp = now.toISOString();
  const client: Client = {
    id: crypto.randomUUID(),
    name,
    domains: kind === 'domain' ? [value] : [],
    addresses: kind === 'address' ? [value] : [],
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  };
  await store.add(client);
  return client;
}

export async function renameClient(db: LedgerDb, clientId: string, name: string, now: Date): Promise<Client> {
  return updateClient(db, clientId, (c) => ({ ...c, name }), now);
}

/**
 * Attaches a domain to a client. A domain belongs to one client only, so it is taken
 * off any other client in the same transaction.
 */
export async function attachDomain(
  db: LedgerDb,
  clientId: string,
  domain: string,
  now: Date,
): Promise<Client> {
  const normalized = domain.trim().toLowerCase();
  const tx = db.transaction('clients', 'readwrite');
  const owners = await tx.store.index('byDomain').getAll(normalized);
  for (const other of owners.filter((c) => c.id !== clientId)) {
    await tx.store.put({
      ...other,
      domains: other.domains.filter((d) => d !== normalized),
      updatedAt: now.toISOString(),
    });
  }
  const client = await tx.store.get(clientId);
  if (!client) throw new Error('That client is no longer in the ledger.');
  const updated: Client = client.domains.includes(normalized)
    ? client
    : { ...client, domains: [...client.domains, normalized], updatedAt: now.toISOString() };
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

async function updateClient(
  db: LedgerDb,
  clientId: string,
  change: (c: Client) => Client,
  now: Date,
): Promise<Client> {
  const tx = db.transaction('clients', 'readwrite');
  const client = await tx.store.get(clientId);
  if (!client) throw new Error('That client is no longer in the ledger.');
  const updated = { ...change(client), updatedAt: now.toISOString() };
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

function splitKey(key: ClientKey): ['domain' | 'address', string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon) as 'domain' | 'address', key.slice(colon + 1)];
}
