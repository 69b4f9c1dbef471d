import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { VITE_ALIASES } from './scripts/viteAliases';

// Permissions are pinned by test/unit/manifest.test.ts: changing them is a deliberate act.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  manifest: {
    name: 'Accord',
    description: 'The written record of what you and your clients agreed, beside every Gmail thread.',
    // scripting: re-run the content script in Gmail tabs already open when Accord is installed or updated.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: ['https://mail.google.com/*'],
  },
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    resolve: { alias: VITE_ALIASES },
  }),
});
