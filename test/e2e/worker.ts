/** Controlling the extension's service worker from tests. */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Stops every service worker, as Chrome does after ~30 s idle: whatever the worker kept
 * only in memory is gone, and the next message starts it cold.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const stop = await armServiceWorkerStop(context, page);
  await stop();
}

/**
 * Opens the DevTools session and enables its service-worker domain ahead of time, and returns
 * the stop itself: one round trip when called. Tests that stop the worker mid-handling need
 * this, as opening the session takes longer than a short handling on a loaded machine.
 */
export async function armServiceWorkerStop(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
  } catch (error) {
    await cdp.detach();
    throw error;
  }
  return async () => {
    try {
      await cdp.send('ServiceWorker.stopAllWorkers');
    } finally {
      await cdp.detach();
    }
  };
}
