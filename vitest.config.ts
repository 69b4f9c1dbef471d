import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { VITE_ALIASES } from './scripts/viteAliases';

// Unit and fixture tests: Node with fake-indexeddb and WXT's fakeBrowser.
// The end-to-end suite has its own config (vitest.e2e.config.ts): it needs a build first.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: VITE_ALIASES },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['fake-indexeddb/auto'],
  },
});
