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
