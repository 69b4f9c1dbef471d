/** Seeding the ledger through the extension's own worker, for end-to-end tests. */
import type { Client, LedgerItem } from '../../src/core';
import { LEDGER_VERSION } from '../../src/ledger/schema';
import type { ExtensionBrowser } from './browser';

/**
 * Imports the records the way a user restores a backup: an export file sent to the worker
 * from Accord's own settings page ('ledger.import'), so the worker's write path (derived
 * fields, indexes, change announcement to open sidebars) is the one under test.
 */
export async function seedLedger(
  browser: ExtensionBrowser,
  clients: Client[],
  items: LedgerItem[],
): Promise<void> {
  const file = {
    format: 'accord-ledger',
    version: LEDGER_VERSION,
    exportedAt: new Date().toISOString(),
    clients,
    items,
    dismissals: [],
    settings: [],
    reviews: [],
  };
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const reply = await page.evaluate(
    (json) => chrome.runtime.sendMessage({ accord: 1, type: 'ledger.import', payload: { json } }),
    JSON.stringify(file),
  );
  await page.close();
  if (!reply?.ok) throw new Error(`Seeding the ledger failed: ${JSON.stringify(reply)}`);
}
