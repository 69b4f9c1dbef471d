/** Seeding the ledger through the extension's own worker, for end-to-end tests. */
import type { Client, LedgerItem } from '../../src/core';
import type { ExtensionBrowser } from './browser';

/**
 * Makes sure the worker has opened (and so created and upgraded) the ledger, by asking it
 * for the settings from one of our own pages, then writes the records in the worker's
 * IndexedDB and announces the change so open sidebars refresh.
 */
export async function seedLedger(
  browser: ExtensionBrowser,
  clients: Client[],
  items: LedgerItem[],
): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await page.close();
  const worker = await browser.worker();
  await worker.evaluate(
    async ({ clients, items }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('accord-ledger');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['clients', 'expectations'], 'readwrite');
        clients.forEach((c) => tx.objectStore('clients').put(c));
        items.forEach((i) => tx.objectStore('expectations').put(i));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      await chrome.storage.local.set({ ledgerRevision: Date.now() });
    },
    { clients, items },
  );
}
