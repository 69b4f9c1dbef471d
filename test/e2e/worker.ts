/** Controlling the extension's service worker from tests. */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Stops every service worker, as Chrome does after ~30 s idle: whatever the worker kept
 * only in memory is gone, and the next message starts it cold.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}
