/**
 * Asks the browser to keep the ledger's storage when space runs low.
 *
 * In Chrome's extension service worker `navigator.storage.persist` is usually missing
 * (StorageManager.persist is exposed to windows only); there the manifest's
 * `unlimitedStorage` permission already exempts the extension origin from quota and
 * eviction. Firefox and extension pages do have persist(), so we ask where it exists.
 */
export type PersistenceResult = 'persisted' | 'refused' | 'unavailable';

export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<PersistenceResult> {
  try {
    if (typeof storage?.persist !== 'function') return 'unavailable';
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
