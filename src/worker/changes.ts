import { browser } from 'wxt/browser';

/** Key whose change tells every open sidebar that the ledger changed (no polling). */
export const LEDGER_REVISION_KEY = 'ledgerRevision';

export async function announceLedgerChange(): Promise<void> {
  await browser.storage.local.set({ [LEDGER_REVISION_KEY]: Date.now() });
}
