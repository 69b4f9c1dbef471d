import {
  acceptSuggestions,
  exportLedger,
  importLedger,
  LedgerBlockedError,
  LedgerFullError,
  LedgerStorageError,
  markSentForConfirmation,
  openLedger,
  translateStorageError,
} from '../../../src/ledger';
import { acceptInput, freshLedger, NOW, suggestion } from './fixtures';
import { openV1 } from './frozenSchemas';

/** Makes the `n`th call of IDBObjectStore.prototype[method] throw like a full disk does. */
function failNthWrite(
  method: 'put' | 'add',
  n: number,
  error = new DOMException('Quota exceeded', 'QuotaExceededError'),
) {
  const proto = globalThis.IDBObjectStore.prototype as unknown as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const original = proto[method]!;
  let calls = 0;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    if (++calls === n) throw error;
    return original.apply(this, args);
  };
  return () => {
    proto[method] = original;
  };
}

describe('storage faults', () => {
  it('turns a quota error during a recap into LedgerFullError and leaves every item as it was', async () => {
    const db = await freshLedger();
    const { items } = await acceptSuggestions(
      db,
      acceptInput([
        suggestion(),
        suggestion({ start: 60, end: 70, text: 'Second.' }),
        suggestion({ start: 80, end: 90, text: 'Third.' }),
      ]),
      NOW,
    );
    const before = await db.getAll('expectations');
    const restore = failNthWrite('put', 2);
    try {
      const attempt = markSentForConfirmation(
        db,
        items.map((i) => i.id),
        NOW,
      );
      await expect(attempt).rejects.toBeInstanceOf(LedgerFullError);
      await expect(attempt).rejects.toThrow(/no room left .* not saved/);
    } finally {
      restore();
    }
    expect(await db.getAll('expectations')).toEqual(before);
  });

  it('writes neither client nor items when the disk fills up in the middle of a multi-accept', async () => {
    const db = await freshLedger();
    // add #1 is the new client, #2 the first item, #3 the second item.
    const restore = failNthWrite('add', 3);
    try {
      await expect(
        acceptSuggestions(
          db,
          acceptInput([suggestion(), suggestion({ start: 60, end: 70, text: 'More.' })]),
          NOW,
        ),
      ).rejects.toBeInstanceOf(LedgerFullError);
    } finally {
      restore();
    }
    expect(await db.count('clients')).toBe(0);
    expect(await db.count('expectations')).toBe(0);
  });

  it('aborts a whole import when the disk fills up half-way through its items', async () => {
    const source = await freshLedger();
    await acceptSuggestions(
      source,
      acceptInput([
        suggestion(),
        suggestion({ start: 60, end: 70, text: 'Two.' }),
        suggestion({ start: 80, end: 90, text: 'Three.' }),
      ]),
      NOW,
    );
    const file = await exportLedger(source, NOW);
    const target = await freshLedger();
    // The client is put first; the items are added, and the second add fails.
    const restore = failNthWrite('add', 2);
    try {
      await expect(importLedger(target, file)).rejects.toBeInstanceOf(LedgerFullError);
    } finally {
      restore();
    }
    expect(await target.count('clients')).toBe(0);
    expect(await target.count('expectations')).toBe(0);
  });

  it.each([
    ['QuotaExceededError', 'Quota exceeded', LedgerFullError],
    ['UnknownError', 'Internal error: IO error: disk full', LedgerFullError],
    ['UnknownError', 'An internal error was encountered in the Indexed Database server', LedgerStorageError],
    ['AbortError', 'The transaction was aborted', LedgerStorageError],
  ])('reports a %s (“%s”) as %o', (name, message, expected) => {
    expect(translateStorageError(new DOMException(message, name))).toBeInstanceOf(expected);
  });

  it('passes other errors through unchanged', () => {
    const error = new TypeError('bug');
    expect(translateStorageError(error)).toBe(error);
  });
});

describe('opening the ledger while another tab holds an older version', () => {
  it('fails with a clear message instead of hanging, then opens once the other tab lets go', async () => {
    const name = 'blocked-ledger';
    const old = await openV1(name);
    // `old` ignores versionchange, like a stale tab.
    await expect(openLedger(name, { blockedTimeoutMs: 20 })).rejects.toBeInstanceOf(LedgerBlockedError);
    old.close();
    const db = await openLedger(name);
    expect(db.objectStoreNames.contains('dismissals')).toBe(true);
    db.close();
  });

  it('steps aside when a newer version opens elsewhere, and says so', async () => {
    const name = 'blocking-ledger';
    const gone = vi.fn();
    await openLedger(name, { onGone: gone });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(99);
    expect(gone).toHaveBeenCalled();
    newer.close();
  });
});
