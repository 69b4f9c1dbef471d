import { defineConfig } from 'vitest/config';

// End to end: the built extension in real headless Chromium (see test/e2e/browser.ts).
// One file at a time: these machines have two cores and each test owns a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Builds the e2e variant (shadow root left open for locators) before the files run.
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
