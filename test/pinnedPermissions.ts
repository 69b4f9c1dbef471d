/**
 * Permissions are a promise to users. These lists pin them: changing one means changing
 * this file too, on purpose, with the reason in the commit. Checked against wxt.config.ts
 * (test/unit/manifest.test.ts) and the built manifest (test/e2e/manifest.e2e.ts).
 *
 * - storage: settings and the sidebar's collapsed state; unlimitedStorage: the ledger must
 *   not be evicted; scripting: re-run the content script in Gmail tabs already open when
 *   Accord is installed or updated; alarms: wake the worker to finish calendar bookings
 *   waiting in the outbox; sidePanel (Chrome only): the dashboard can be shown in the
 *   browser's side panel beside any page (Firefox's sidebar_action needs no permission).
 * - Optional (asked for only when the user connects a calendar, never at install):
 *   identity for the sign-in window; the Google Calendar API; Microsoft Graph and the
 *   Microsoft identity platform's token endpoint.
 */
export const PINNED_PERMISSIONS = ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'sidePanel'];
/** Chrome-only APIs, left out of the Firefox manifest (Firefox warns about unknown permissions). */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel'];
export const PINNED_HOST_PERMISSIONS = ['https://mail.google.com/*'];
export const PINNED_OPTIONAL_PERMISSIONS = ['identity'];
export const PINNED_OPTIONAL_HOST_PERMISSIONS = [
  'https://www.googleapis.com/*',
  'https://graph.microsoft.com/*',
  'https://login.microsoftonline.com/*',
];
