/**
 * The warm extractor (src/worker/warmExtractor.ts), in real Chromium: the offscreen document is
 * made and warmed (the built-in warm-up thread) when a mail page starts, before any thread is
 * opened, and answers the first open; extension pages alone do not make it; opens after the
 * worker was stopped are answered by it with the suggestions the worker finds itself; a content
 * script cannot use it; and when it is gone (closed when idle, crashed) the worker extracts
 * again and makes a new one, warmed with that thread.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { evaluateInContentWorld } from './contentWorld';
import { closeOffscreenDocument, offscreenAnswered, offscreenDocumentCount } from './offscreenDocument';
import { SIDEBAR } from './sidebar';
import { stopServiceWorkers } from './worker';
import { GMAIL, OUTLOOK, type BenchHost } from '../bench/openHosts';

let browser: ExtensionBrowser;
let page: Page;
let extensionPage: Page;
let host: BenchHost;

/** The extension's options page first (it talks to the worker too), then the mail page. */
async function start(mail: BenchHost | null = GMAIL): Promise<void> {
  browser = await launchWithExtension();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  if (!mail) return;
  await openMail(mail);
}

async function openMail(mail: BenchHost): Promise<void> {
  host = mail;
  await host.serve(browser.context, 'list');
  page = await browser.context.newPage();
  await page.goto(host.listUrl);
  await page.locator('accord-sidebar').waitFor({ state: 'attached' });
}

afterEach(async () => browser.close());

/** Opens the host's long thread and returns its suggestions' texts once the panel is ready. */
async function openThread(): Promise<string[]> {
  await page.evaluate(host.openThreadScript);
  await page.locator(`${SIDEBAR}[data-state="ready"]`).waitFor();
  return page.locator(`${SIDEBAR} li.suggestion`).allInnerTexts();
}

async function backToList(): Promise<void> {
  await host.backToList(page);
  await page.locator(SIDEBAR).waitFor({ state: 'detached' });
}

const answered = () => offscreenAnswered(extensionPage);
const documentCount = () => offscreenDocumentCount(extensionPage);
/** The document made at the mail page's start has answered its warm-up (and nothing else). */
const warmedAtStart = () => expect.poll(answered, { timeout: 15_000 }).toBe(1);

/** With no document and a stopped worker, the worker extracts the thread itself. */
async function openExtractedByWorker(): Promise<string[]> {
  await stopServiceWorkers(browser.context, page);
  await closeOffscreenDocument(extensionPage);
  const found = await openThread();
  // Made again after that open, and warmed with the same thread.
  await expect.poll(answered, { timeout: 15_000 }).toBe(1);
  return found;
}

describe('extraction kept warm in an offscreen document', () => {
  it.each([GMAIL, OUTLOOK])(
    'is made when the $name page starts, before any open, and answers the first open',
    async (mail) => {
      await start(mail);
      // No thread opened yet: the page's start (its settings.get) made the document and the
      // worker warmed it with the built-in thread.
      await warmedAtStart();
      expect(await documentCount()).toBe(1);
      const first = await openThread();
      expect(first.length).toBeGreaterThan(3);
      // The session's first open was the document's second request: it answered the open.
      expect(await answered()).toBe(2);
      await backToList();
      // The same suggestions as the worker's own extraction.
      expect(await openExtractedByWorker()).toEqual(first);
    },
  );

  it('is not made by an extension page alone, only once a mail page starts', async () => {
    await start(null);
    // An extension page asks the worker for the settings, as a mail page's start does.
    const reply = await extensionPage.evaluate(() =>
      chrome.runtime.sendMessage({ accord: 1, type: 'settings.get', payload: {} }),
    );
    expect(reply).toMatchObject({ ok: true });
    await extensionPage.waitForTimeout(1_500);
    expect(await documentCount()).toBe(0);
    await openMail(GMAIL);
    await warmedAtStart();
    expect(await documentCount()).toBe(1);
  });

  it('answers opens after the worker stopped, with the suggestions the worker found', async () => {
    await start();
    await warmedAtStart();
    const fromWorker = await openExtractedByWorker();
    expect(fromWorker.length).toBeGreaterThan(3);
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
    await start();
    await warmedAtStart();
    const reply = await evaluateInContentWorld(
      browser.context,
      page,
      browser.extensionId,
      `chrome.runtime.sendMessage({ accord: 1, offscreen: 'extract', input: { self: { emails: [], domains: [] }, timeZone: 'UTC', messages: [] } })`,
    );
    // The worker's router answers instead, refusing a message that is not one of its requests.
    expect(reply).toEqual({ ok: false, error: 'Not an Accord message.' });
    // Counted after a real open, which the document answers after anything sent before it: the
    // forged request added nothing to the warm-up.
    await stopServiceWorkers(browser.context, page);
    await openThread();
    expect(await answered()).toBe(2);
  });

  it('extracts in the worker when the document is gone, and makes a new one', async () => {
    await start();
    await warmedAtStart();
    const fromDocument = await openThread();
    expect(await answered()).toBe(2);
    await backToList();
    // What the document does when idle for 30 minutes (extractionService.ts): window.close(),
    // here with the mail page still open, so no page start makes it again before the open.
    expect(await openExtractedByWorker()).toEqual(fromDocument);
    expect(await documentCount()).toBe(1);
  });
});
