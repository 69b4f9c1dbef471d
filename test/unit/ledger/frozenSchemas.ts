/**
 * Past schema versions, frozen: copied from db.ts as they shipped, never imported from it,
 * so later edits to the ladder cannot change what "a v1 database" means in tests.
 */

/** The v1 schema exactly as it shipped. */
export function createV1Schema(db: IDBDatabase): void {
  const clients = db.createObjectStore('clients', { keyPath: 'id' });
  clients.createIndex('byDomain', 'domains', { multiEntry: true });
  clients.createIndex('byAddress', 'addresses', { multiEntry: true });
  const items = db.createObjectStore('expectations', { keyPath: 'id' });
  items.createIndex('byClient', 'clientId');
  items.createIndex('byDue', 'due');
  items.createIndex('byThread', 'source.threadId');
  db.createObjectStore('settings', { keyPath: 'key' });
}

/** Opens `name` at version 1 with the v1 schema; the caller closes it. */
export function openV1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => createV1Schema(request.result);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}

/** Builds a v1 database holding `records` (store name → records) and closes it. */
export async function buildV1(name: string, records: Record<string, unknown[]>): Promise<void> {
  const db = await openV1(name);
  const tx = db.transaction(Object.keys(records), 'readwrite');
  for (const [store, list] of Object.entries(records)) for (const r of list) tx.objectStore(store).put(r);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The v2 schema exactly as it shipped: v1, then its rung. */
export function createV2Schema(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) createV1Schema(db);
  const items = tx.objectStore('expectations');
  items.deleteIndex('byClient');
  items.deleteIndex('byDue');
  items.deleteIndex('byThread');
  items.createIndex('byClientOpen', ['clientId', 'open']);
  items.createIndex('byOpenDue', ['open', 'due']);
  items.createIndex('byThreadMessage', ['source.threadId', 'source.messageId']);
  const dismissals = db.createObjectStore('dismissals', { keyPath: ['messageId', 'hash'] });
  dismissals.createIndex('byThread', 'threadId');
  const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
  reviews.createIndex('byClient', 'clientId');
  reviews.createIndex('byStart', 'start');
}

/** The v3 schema exactly as it shipped: v2, then the calendar outbox's store. */
export function createV3Schema(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 2) createV2Schema(db, tx, oldVersion);
  db.createObjectStore('outbox', { keyPath: 'key' });
}

/** The v4 schema exactly as it shipped: v3, then the store of what extraction learned from the user. */
export function createV4Schema(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 3) createV3Schema(db, tx, oldVersion);
  db.createObjectStore('learning', { keyPath: 'key' });
}

type CreateSchema = (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void;

/** Opens `name` at `version` built by `create`, writes `records` (store name → records) and closes it. */
async function buildWith(
  version: number,
  create: CreateSchema,
  name: string,
  records: Record<string, unknown[]>,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = (event) => create(request.result, request.transaction!, event.oldVersion);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
  const tx = db.transaction(Object.keys(records), 'readwrite');
  for (const [store, list] of Object.entries(records)) for (const r of list) tx.objectStore(store).put(r);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Builds a v2 database holding `records` (written as v2 wrote them, `open` included) and closes it. */
export const buildV2 = (name: string, records: Record<string, unknown[]>) =>
  buildWith(2, createV2Schema, name, records);

/** Builds a v3 database: v2's records, and an empty outbox. */
export const buildV3 = (name: string, records: Record<string, unknown[]>) =>
  buildWith(3, createV3Schema, name, records);

/** Builds a v4 database: v3's records, and nothing learned yet. */
export const buildV4 = (name: string, records: Record<string, unknown[]>) =>
  buildWith(4, createV4Schema, name, records);
