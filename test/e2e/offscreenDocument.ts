/** Inspecting Accord's offscreen document (src/worker/warmExtractor.ts) from one of its own pages. */
import type { Page } from 'playwright-core';

/**
 * The document's count of answered requests, or null when there is no document. Its first is
 * the warm-up the worker sends when it makes the document: the built-in thread when a mail
 * page's start made it, or the thread of the open that found none.
 */
export function offscreenAnswered(extensionPage: Page): Promise<number | null> {
  return extensionPage.evaluate(() => {
    const view = chrome.extension.getViews().find((w) => w.location.pathname === '/offscreen.html');
    if (!view) return null;
    // A document still loading (just made at a page's start) may have no element yet.
    return Number(view.document.documentElement?.dataset.answered ?? 0);
  });
}

export function offscreenDocumentCount(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }))
        .length,
  );
}

/** Closes the document as its idle timer does (`window.close()`), and waits until Chrome has let it go. */
export async function closeOffscreenDocument(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    chrome.extension
      .getViews()
      .find((w) => w.location.pathname === '/offscreen.html')
      ?.close();
    const kind = [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT];
    while ((await chrome.runtime.getContexts({ contextTypes: kind })).length > 0)
      await new Promise((r) => setTimeout(r, 20));
  });
}
