import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { VITE_ALIASES } from './scripts/viteAliases';

// Permissions are pinned by test/unit/manifest.test.ts: changing them is a deliberate act.
// A Chrome build that signs in to Google with chrome.identity.getAuthToken needs the OAuth
// client id (type "Chrome extension") in the manifest; set it at build time, never in source.
const googleOAuthClientId = process.env.WXT_GOOGLE_OAUTH_CLIENT_ID?.trim();

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Accord',
    description:
      'The written record of what you and your clients agreed, beside every Gmail thread and Outlook conversation.',
    // scripting: re-run the content script in Gmail tabs already open when Accord is installed or updated.
    // alarms: wake the worker to finish calendar bookings left in the outbox, and for reminders.
    // notifications: reminders before an item is due, and the optional morning digest.
    // sidePanel (Chrome): the dashboard in the browser's side panel; Firefox's sidebar_action needs none.
    // offscreen (Chrome): a document whose worker keeps extraction warm between wakes of the
    // service worker (src/worker/warmExtractor.ts); no warning, no access to anything.
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // The toolbar button opens the dashboard (src/worker/openDashboard.ts).
    action: { default_title: 'Accord dashboard' },
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'dashboard.html', default_title: 'Accord' } }
      : { side_panel: { default_path: 'dashboard.html' } }),
    // Gmail, and Outlook on the web's mail pages on its four hosts (src/mail/outlook/route.ts).
    host_permissions: [
      'https://mail.google.com/*',
      'https://outlook.office.com/mail/*',
      'https://outlook.office365.com/mail/*',
      'https://outlook.cloud.microsoft/mail/*',
      'https://outlook.live.com/mail/*',
    ],
    // Asked for only when the user connects a calendar (src/calendar/permissions.ts).
    optional_permissions: ['identity'],
    optional_host_permissions: [
      'https://www.googleapis.com/calendar/*',
      'https://graph.microsoft.com/*',
      'https://login.microsoftonline.com/*',
    ],
    ...(googleOAuthClientId
      ? {
          oauth2: {
            client_id: googleOAuthClientId,
            scopes: [
              'https://www.googleapis.com/auth/calendar.events',
              'https://www.googleapis.com/auth/calendar.freebusy',
            ],
          },
        }
      : {}),
    // Firefox asks every new add-on to declare what data it collects: none leaves the browser.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'accord@accord.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    resolve: { alias: VITE_ALIASES },
  }),
});
