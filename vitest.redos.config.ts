import { defineConfig } from 'vitest/config';
import { VITE_ALIASES } from './scripts/viteAliases';

// ReDoS checks (recheck) run on their own, one file at a time: recheck answers 'unknown'
// when it is starved of CPU by the rest of the unit suite on these two-core machines.
export default defineConfig({
  resolve: { alias: VITE_ALIASES },
  test: {
    include: ['test/redos/**/*.test.ts'],
    globals: true,
    fileParallelism: false,
    testTimeout: 900_000,
  },
});
