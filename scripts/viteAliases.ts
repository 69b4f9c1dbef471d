import { fileURLToPath } from 'node:url';

/**
 * Module aliases shared by the extension build (wxt.config.ts) and the unit tests
 * (vitest.config.ts). chrono-node's English-only entry (not every locale): Node resolves
 * the package's "./*" export pattern, Vite 7 does not, so point it at the file.
 */
export const VITE_ALIASES: Record<string, string> = {
  'chrono-node/en': fileURLToPath(
    new URL('../node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url),
  ),
};
