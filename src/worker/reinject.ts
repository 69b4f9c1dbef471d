import { browser } from 'wxt/browser';

/**
 * After an install or update Chrome does not run content scripts in tabs that were
 * already open, and the old copy there is cut off from the worker. Running the current
 * script in those tabs replaces the old sidebar (the new script removes it) so an
 * open Gmail tab keeps working, with exactly one sidebar.
 */
export async function reinjectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    if (!script.js?.length || !script.matches?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        // WXT types `files` as its known public paths; these come from our own manifest.
        const files = script.js as NonNullable<
          Parameters<typeof browser.scripting.executeScript>[0]['files']
        >;
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files });
      } catch {
        // A tab mid-navigation or an error page: the next page load injects as usual.
      }
    }
  }
}
