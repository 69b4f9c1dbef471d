import { browser } from 'wxt/browser';

/** Key whose change tells every open sidebar that the ledger changed (no polling). */
export const LEDGER_REVISION_KEY = 'ledgerRevision';

/** Writes announced by this worker since it started (a cache here keys on it). */
export let ledgerWritesInThisWorker = 0;

export async function announceLedgerChange(): Promise<void> {
  ledgerWritesInThisWorker++;
  await browser.storage.local.set({ [LEDGER_REVISION_KEY]: Date.now() });
}
