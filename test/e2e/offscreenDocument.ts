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

/**
 * Closes the document as its idle timer does (`window.close()`), and waits until Chrome has let
 * it go. A document still being made (the worker makes one 50 ms after an open that found none,
 * or at a mail page's start) shows up as a context before it can be closed: it is closed once it
 * does, until none has been seen for a while. Stop the worker first, so it makes no new one.
 */
export async function closeOffscreenDocument(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const kind = [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT];
    for (let quiet = 0; quiet < 5;) {
      chrome.extension
        .getViews()
        .find((w) => w.location.pathname === '/offscreen.html')
        ?.close();
      await new Promise((r) => setTimeout(r, 20));
      quiet = (await chrome.runtime.getContexts({ contextTypes: kind })).length > 0 ? 0 : quiet + 1;
    }
  });
}
