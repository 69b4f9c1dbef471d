/**
 * Many requests on one store without a promise per request. IndexedDB runs a transaction's
 * requests in order and fires their events in order, so waiting for the last one is
 * waiting for all; a failure of any aborts the transaction, which fails the last one too.
 * For imports: at 10,000 items, a promise and two listeners per request (idb's wrapping)
 * are a visible part of the time.
 */
import { unwrap, type IDBPObjectStore } from 'idb';

// Any idb-wrapped object store (their generic types do not unify); only the native one is used.
type AnyStore = object;
const native = (store: AnyStore) => unwrap(store as IDBPObjectStore) as IDBObjectStore;

function last<T>(requests: IDBRequest<T>[]): Promise<void> {
  const final = requests.at(-1);
  if (!final) return Promise.resolve();
  return new Promise((resolve, reject) => {
    final.onsuccess = () => resolve();
    final.onerror = () => reject(final.error ?? final.transaction?.error);
  });
}

export async function getMany<V>(store: AnyStore, keys: IDBValidKey[]): Promise<(V | undefined)[]> {
  const raw = native(store);
  const requests = keys.map((key) => raw.get(key) as IDBRequest<V | undefined>);
  await last(requests);
  return requests.map((r) => r.result);
}

export function putMany(store: AnyStore, values: unknown[]): Promise<void> {
  const raw = native(store);
  return last(values.map((value) => raw.put(value)));
}

/**
 * Adds every value whose key is free and returns the ones whose key is taken, in one pass:
 * a taken key fails its `add` with ConstraintError, which we handle (preventDefault) so
 * the transaction goes on. Any other failure still aborts the transaction. Cheaper than
 * reading every key first when, as in most imports, the keys are new.
 */
export async function addManyReturningTaken<T>(store: AnyStore, values: T[]): Promise<T[]> {
  const raw = native(store);
  const taken: T[] = [];
  const requests = values.map((value) => {
    const request = raw.add(value);
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return;
      event.preventDefault();
      event.stopPropagation();
      taken.push(value);
    };
    return request;
  });
  const final = requests.at(-1);
  if (!final) return taken;
  await new Promise<void>((resolve, reject) => {
    const handleTaken = final.onerror;
    final.onsuccess = () => resolve();
    final.onerror = (event) => {
      const before = taken.length;
      handleTaken?.call(final, event);
      // The last add failed only because its key was taken: everything before it ran.
      if (taken.length > before) resolve();
      else reject(final.error ?? final.transaction?.error);
    };
  });
  return taken;
}
