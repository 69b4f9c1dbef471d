import { browser } from 'wxt/browser';

/** Key whose change tells Accord's own pages that the ledger changed (no polling). */
export const LEDGER_REVISION_KEY = 'ledgerRevision';

/** Writes announced by this worker since it started (a cache here keys on it). */
export let ledgerWritesInThisWorker = 0;

/** The event the worker sends each mail tab's content script when the ledger changed. */
export const LEDGER_CHANGED_EVENT = { accord: 1, event: 'ledger.changed' } as const;

export function isLedgerChangedEvent(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { accord?: unknown }).accord === 1 &&
    (message as { event?: unknown }).event === LEDGER_CHANGED_EVENT.event
  );
}

/**
 * Tells every open sidebar and page that the ledger changed. Content scripts cannot read
 * storage.local (its access level is trusted contexts only, see background.ts), so they hear
 * it as a message to their tab: only the tabs our content scripts run in, found through the
 * manifest's own match patterns (host permission, no `tabs` permission needed).
 */
export async function announceLedgerChange(): Promise<void> {
  ledgerWritesInThisWorker++;
  await browser.storage.local.set({ [LEDGER_REVISION_KEY]: Date.now() });
  await notifyMailTabs();
}

async function notifyMailTabs(): Promise<void> {
  let tabs: { id?: number; discarded?: boolean }[];
  try {
    const matches = (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
    tabs = matches.length > 0 ? await browser.tabs.query({ url: matches }) : [];
  } catch {
    return; // no tabs API here (unit tests' fake browser): nobody to tell
  }
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : // A tab without our script (still loading, an error page) has no receiver: ignore.
          browser.tabs.sendMessage(tab.id, LEDGER_CHANGED_EVENT).catch(() => undefined),
    ),
  );
}
