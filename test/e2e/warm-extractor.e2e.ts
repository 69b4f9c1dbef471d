/**
 * The warm extractor (src/worker/warmExtractor.ts), in real Chromium: the first open extracts in
 * the worker and then makes the offscreen document; opens after the worker was stopped are
 * answered by that document with the same suggestions; a content script cannot use it; and
 * when it is gone (closed when idle, crashed) the worker extracts again and makes a new one.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { evaluateInContentWorld } from './contentWorld';
import { closeOffscreenDocument, offscreenAnswered, offscreenDocumentCount } from './offscreenDocument';
import { SIDEBAR } from './sidebar';
import { stopServiceWorkers } from './worker';
import { GMAIL } from '../bench/openHosts';

let browser: ExtensionBrowser;
let page: Page;
let extensionPage: Page;

beforeEach(async () => {
  browser = await launchWithExtension();
  await GMAIL.serve(browser.context, 'list');
  page = await browser.context.newPage();
  await page.goto(GMAIL.listUrl);
  await page.locator('accord-sidebar').waitFor({ state: 'attached' });
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterEach(async () => browser.close());

/** Opens the 20-message thread and returns its suggestions' texts once the panel is ready. */
async function openThread(): Promise<string[]> {
  await page.evaluate(GMAIL.openThreadScript);
  await page.locator(`${SIDEBAR}[data-state="ready"]`).waitFor();
  return page.locator(`${SIDEBAR} li.suggestion`).allInnerTexts();
}

async function backToList(): Promise<void> {
  await GMAIL.backToList(page);
  await page.locator(SIDEBAR).waitFor({ state: 'detached' });
}

const answered = () => offscreenAnswered(extensionPage);
const documentCount = () => offscreenDocumentCount(extensionPage);

describe('extraction kept warm in an offscreen document', () => {
  it('answers opens after the worker stopped, with the suggestions the worker found', async () => {
    expect(await documentCount()).toBe(0);
    const fromWorker = await openThread();
    expect(fromWorker.length).toBeGreaterThan(3);
    // Made after the first open, and warmed with that thread.
    await expect.poll(answered, { timeout: 15_000 }).toBe(1);
    await backToList();

    for (let open = 2; open <= 3; open++) {
      await stopServiceWorkers(browser.context, page);
      expect(await openThread()).toEqual(fromWorker);
      expect(await answered()).toBe(open);
      await backToList();
    }
    expect(await documentCount()).toBe(1);
  });

  it('never answers a content script', async () => {
    await openThread();
    await expect.poll(answered, { timeout: 15_000 }).toBe(1);
    const reply = await evaluateInContentWorld(
      browser.context,
      page,
      browser.extensionId,
      `chrome.runtime.sendMessage({ accord: 1, offscreen: 'extract', input: { self: { emails: [], domains: [] }, timeZone: 'UTC', messages: [] } })`,
    );
    // The worker's router answers instead, refusing a message that is not one of its requests.
    expect(reply).toEqual({ ok: false, error: 'Not an Accord message.' });
    // Counted after a real open, which the document answers after anything sent before it: the
    // forged request added nothing.
    await backToList();
    await stopServiceWorkers(browser.context, page);
    await openThread();
    expect(await answered()).toBe(2);
  });

  it('extracts in the worker when the document is gone, and makes a new one', async () => {
    const fromWorker = await openThread();
    await expect.poll(answered, { timeout: 15_000 }).toBe(1);
    await backToList();
    // What the document does when idle for 30 minutes (extractionService.ts): window.close().
    await closeOffscreenDocument(extensionPage);
    await expect.poll(documentCount).toBe(0);
    await stopServiceWorkers(browser.context, page);
    expect(await openThread()).toEqual(fromWorker);
    await expect.poll(answered, { timeout: 15_000 }).toBe(1);
    expect(await documentCount()).toBe(1);
  });
});
