import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and fixture tests: Node with fake-indexeddb and WXT's fakeBrowser.
// The end-to-end suite has its own config (vitest.e2e.config.ts): it needs a build first.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['fake-indexeddb/auto'],
  },
});
