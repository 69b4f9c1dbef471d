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

/** The v2 schema exactly as it shipped (v1, then the v2 rung). */
export function createV2Schema(db: IDBDatabase, tx: IDBTransaction): void {
  createV1Schema(db);
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

/** Builds a v2 database holding `records` (items need their `open` flag, as v2 stored it) and closes it. */
export async function buildV2(name: string, records: Record<string, unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => createV2Schema(request.result, request.transaction!);
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
