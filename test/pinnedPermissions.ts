/**
 * Permissions are a promise to users. These lists pin them: changing one means changing
 * this file too, on purpose, with the reason in the commit. Checked against wxt.config.ts
 * (test/unit/manifest.test.ts) and the built manifest (test/e2e/manifest.e2e.ts).
 *
 * - storage: settings and the sidebar's collapsed state; unlimitedStorage: the ledger must
 *   not be evicted; scripting: re-run the content script in Gmail tabs already open when
 *   Accord is installed or updated.
 */
export const PINNED_PERMISSIONS = ['storage', 'unlimitedStorage', 'scripting'];
export const PINNED_HOST_PERMISSIONS = ['https://mail.google.com/*'];
