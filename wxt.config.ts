import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

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
    resolve: {
      alias: {
        // chrono-node's English-only entry (not every locale). Node resolves the package's
        // "./*" export pattern; Vite 7 does not, so point it at the file.
        'chrono-node/en': fileURLToPath(
          new URL('./node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url),
        ),
      },
    },
  }),
});
