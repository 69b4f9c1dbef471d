/**
 * Before the end-to-end files run: builds the e2e variant of the extension
 * (`wxt build --mode e2e` → .output/chrome-mv3-e2e), the same code as production with the
 * sidebar's shadow root left open so locators can read it (see browser.ts). The production
 * build (.output/chrome-mv3) is made by `wxt build`, as `npm run test:e2e` does first.
 */
import { buildExtension } from './browser';

export default function setup(): void {
  buildExtension('e2e');
}
