/**
 * The dashboard's only way to the ledger: validated messages to the worker (pages are
 * 'page' senders). Components take data and callbacks; they never open IndexedDB.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToWorker } from '../../messaging/client';
import { LEDGER_REVISION_KEY } from '../../worker/changes';

export { sendToWorker };

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A number that goes up whenever the worker announces a ledger change (any tab, the Gmail
 * sidebar included), so views reload without polling.
 */
export function useLedgerRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LEDGER_REVISION_KEY in changes) setRevision((r) => r + 1);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return revision;
}

/** Loads with `load` whenever `deps` change; keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, deps);
  return { data, error, setData };
}
