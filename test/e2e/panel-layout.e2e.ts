/**
 * The panel never covers the mail: in real headless Chromium at 1280 and 1920 px wide, the
 * Gmail stand-in (whose app row, main column and side panel strip are laid out as Gmail's)
 * narrows beside the expanded panel, no message body or date lies under it, and collapsing
 * the panel or going back to the list gives the width back. Screenshots are saved to
 * test-results/screenshots/gmail-*.png for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const screens = gmailScreens();
const hashOf = (fixture: string) => screens.find((s) => s.fixture.endsWith(fixture))!.hash;
const LONG = hashOf('long-20-messages.html');
const ONE_MESSAGE = hashOf('one-message.html');
/** The column the expanded panel takes (src/content/panelSpace.ts). */
const COLUMN = 336;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

let browser: ExtensionBrowser;
let page: Page;
let initialHash = 'inbox';

beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

beforeEach(async () => {
  initialHash = 'inbox';
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => initialHash),
  );
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

async function go(hash: string) {
  await page.evaluate((h) => (location.hash = h), hash);
}

/** Width of Gmail's main column (the list or the open thread). */
const mainWidth = () =>
  page.evaluate(() => document.querySelector('div.nH.bkK')!.getBoundingClientRect().width);

/** Boxes of what must never be under the panel: rendered message bodies and their dates. */
const mailBoxes = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('div[role="main"] div.a3s, div[role="main"] span.g3'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
  );

async function panelBox(): Promise<Box> {
  const box = await page.locator(SIDEBAR).boundingBox();
  if (!box) throw new Error('the panel is not rendered');
  return box;
}

describe.each([
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])('Accord’s panel beside Gmail at $width px', ({ width, height }) => {
  it('takes its own column: no body or date under it, and collapsing or a list gives the width back', async () => {
    await page.setViewportSize({ width, height });
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('accord-sidebar').waitFor({ state: 'attached' });
    const fullWidth = await mainWidth();

    await go(LONG);
    await waitForSidebarSettled(page);
    await expect.poll(mainWidth).toBeCloseTo(fullWidth - COLUMN, 0);
    const panel = await panelBox();
    const mail = await mailBoxes();
    expect(mail.length).toBeGreaterThan(2);
    for (const box of mail) expect(intersects(box, panel), JSON.stringify({ box, panel })).toBe(false);
    // The panel sits in the column made for it, inside the window.
    expect(panel.x + panel.width).toBeLessThanOrEqual(width);
    expect(panel.width).toBeGreaterThan(COLUMN - 32);
    await page.screenshot({ path: resolve(SCREENSHOTS, `gmail-${width}.png`) });

    await page.locator(`${SIDEBAR} button.toggle`).click();
    await page.locator(`${SIDEBAR}.collapsed`).waitFor();
    await expect.poll(mainWidth).toBeCloseTo(fullWidth, 0);
    const tab = await panelBox();
    for (const box of await mailBoxes())
      expect(intersects(box, tab), JSON.stringify({ box, tab })).toBe(false);
    await page.screenshot({ path: resolve(SCREENSHOTS, `gmail-${width}-collapsed.png`) });

    // Expanded again, then back to the inbox: the panel hides and the list has its width.
    await page.locator(`${SIDEBAR} button.toggle`).click();
    await expect.poll(mainWidth).toBeCloseTo(fullWidth - COLUMN, 0);
    await go('inbox');
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });
    await expect.poll(mainWidth).toBeCloseTo(fullWidth, 0);
  });
});

it('gives the width back when the content script is replaced by an updated copy, and keeps one column', async () => {
  initialHash = ONE_MESSAGE;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
  await waitForSidebarSettled(page);
  const narrowed = await mainWidth();

  const worker = await browser.worker();
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    const files = chrome.runtime.getManifest().content_scripts![0]!.js!;
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files });
  });
  await waitForSidebarSettled(page);
  // One reservation, not two stacked ones: the old copy gave its space back.
  await expect.poll(() => page.locator('style[data-accord-panel-space]').count()).toBe(1);
  await expect.poll(mainWidth).toBeCloseTo(narrowed, 0);
});
