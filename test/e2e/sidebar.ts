/** Reading Accord's sidebar in a page, for tests, the demo and the benchmark. */
import type { Page } from 'playwright-core';

/** Playwright pierces open shadow roots, so these reach inside the sidebar. */
export const SIDEBAR = 'accord-sidebar .accord';
export const SETTLED = `${SIDEBAR}:is([data-state="ready"], [data-state="unreadable"], [data-state="error"])`;

export async function waitForSidebarSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(SETTLED).waitFor({ state: 'visible', timeout });
}

export async function sidebarText(page: Page): Promise<string> {
  return page.locator(SIDEBAR).innerText();
}

/** How many sidebar hosts the page holds (there must never be more than one). */
export async function sidebarCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('accord-sidebar').length);
}
