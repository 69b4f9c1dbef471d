/**
 * Permissions are a promise to users. These lists pin them: changing one means changing
 * this file too, on purpose, with the reason in the commit. Checked against wxt.config.ts
 * (test/unit/manifest.test.ts) and the built manifest (test/e2e/manifest.e2e.ts).
 *
 * - storage: settings and the sidebar's collapsed state; unlimitedStorage: the ledger must
 *   not be evicted; scripting: re-run the content scripts in Gmail and Outlook tabs already
 *   open when Accord is installed or updated; alarms: wake the worker to finish calendar
 *   bookings waiting in the outbox, and at the next reminder time; notifications: reminders
 *   before an item is due (naming the item and the client; a click opens its thread) and the
 *   optional morning digest; sidePanel (Chrome only): the dashboard can be shown in the
 *   browser's side panel beside any page (Firefox's sidebar_action needs no permission);
 *   offscreen (Chrome only): a document whose worker keeps extraction's compiled patterns
 *   between wakes of the service worker (src/worker/warmExtractor.ts; no install warning).
 * - Hosts: Gmail, and Outlook on the web's mail pages (`/mail/*`) on its four hosts:
 *   outlook.office.com and outlook.office365.com (work or school), outlook.cloud.microsoft
 *   (Microsoft 365's newer domain) and outlook.live.com (personal accounts). Nothing else.
 * - Optional (asked for only when the user connects a calendar, never at install):
 *   identity for the sign-in window; the Google Calendar API (its path only: GOOGLE_API in
 *   src/calendar/google.ts); Microsoft Graph and the
 *   Microsoft identity platform's token endpoint.
 */
export const PINNED_PERMISSIONS = [
  'storage',
  'unlimitedStorage',
  'scripting',
  'alarms',
  'notifications',
  'sidePanel',
  'offscreen',
];
export const PINNED_HOST_PERMISSIONS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/mail/*',
  'https://outlook.office365.com/mail/*',
  'https://outlook.cloud.microsoft/mail/*',
  'https://outlook.live.com/mail/*',
];
/** Where the content scripts run: Gmail, and Outlook on the web's mail pages only. */
export const PINNED_CONTENT_SCRIPT_MATCHES = PINNED_HOST_PERMISSIONS;
/** Chrome-only APIs, left out of the Firefox manifest (Firefox warns about unknown permissions). */
export const CHROME_ONLY_PERMISSIONS = ['sidePanel', 'offscreen'];
export const PINNED_OPTIONAL_PERMISSIONS = ['identity'];
export const PINNED_OPTIONAL_HOST_PERMISSIONS = [
  'https://www.googleapis.com/calendar/*',
  'https://graph.microsoft.com/*',
  'https://login.microsoftonline.com/*',
];
