import { browser } from 'wxt/browser';

/**
 * The toolbar button opens the dashboard in a tab, or brings forward the one already open.
 * The browser's side panel shows the same page (manifest `side_panel`, Firefox
 * `sidebar_action`), opened from the browser's own side-panel menu, so the button keeps one
 * meaning. Finding our open tab uses runtime.getContexts (Chrome 116+), which needs no
 * "tabs" permission; where it is missing a new tab opens.
 */
export async function openDashboard(): Promise<void> {
  const url = browser.runtime.getURL('/dashboard.html');
  const runtime = chrome.runtime as typeof chrome.runtime | undefined;
  if (typeof runtime?.getContexts === 'function') {
    const [open] = await runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.TAB],
      documentUrls: [url, `${url}#/today`],
    });
    const all = open ? [open] : await runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.TAB] });
    const mine = all.find((c) => c.documentUrl?.startsWith(url) && c.tabId >= 0);
    if (mine) {
      await browser.tabs.update(mine.tabId, { active: true });
      if (mine.windowId >= 0) await browser.windows.update(mine.windowId, { focused: true });
      return;
    }
  }
  await browser.tabs.create({ url: `${url}#/today` });
}
