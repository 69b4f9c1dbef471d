/**
 * Exact reading through Graph on Outlook itself (issue 8), in real Chromium: the Outlook
 * adapter reads the selected list row's data-convid, the content script asks the worker for
 * that conversation, the worker reads a local fake of Graph's /me/messages (Playwright
 * route) with the session's token, and the panel shows what Graph returned, including a
 * message that is collapsed on the page (only its one-line preview there). With Graph down
 * (503) the panel shows the page's reading instead.
 */
import type { Page, Route } from 'playwright-core';
import { LEDGER_VERSION } from '../../src/ledger/schema';
import { QUOTED_EN } from '../fixtures/outlook/build/conversationsA';
import { OUTLOOK_ORIGINS, outlookResponder, outlookScreens } from '../fixtures/mailbox/outlookMailbox';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';

const screens = outlookScreens();
const QUOTED = screens.find((s) => s.fixture.endsWith('quoted-replies-en.html'))!;
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, prefer, sdkversion, client-request-id',
  'access-control-allow-methods': 'GET, OPTIONS',
};
/** In the collapsed first message's full body, which only Graph has: the page shows a preview. */
const GRAPH_ONLY = 'Please also send the signed statement of work by December 4.';

const person = (name: string, address: string) => ({ emailAddress: { name, address } });
const PRIYA = person('Priya Raman', 'priya.raman@acme.com');
const DANA = person('Dana Whitfield', 'dana@northwind.io');
const message = (n: number, from: typeof PRIYA, sent: string, text: string) => ({
  id: `AAMkAD-quoted-${n}`,
  internetMessageId: `<quoted-${n}@acme.com>`,
  conversationId: QUOTED_EN.convId,
  subject: 'Revised proposal',
  from,
  toRecipients: [from === DANA ? PRIYA : DANA],
  ccRecipients: [],
  sentDateTime: sent,
  isDraft: false,
  webLink: `https://outlook.office365.com/owa/?ItemID=AAMkAD-quoted-${n}&exvsurl=1&viewmodel=ReadMessageItem`,
  uniqueBody: { contentType: 'text', content: text },
  body: { contentType: 'text', content: text },
});
/**
 * The page's wall-clock minute as Graph's UTC instant, with seconds: Chromium runs in this
 * process's time zone, which is the zone the Outlook adapter reads the page's times in.
 */
const sentAt = (month: number, day: number, hour: number, minute: number) =>
  new Date(2026, month - 1, day, hour, minute, 37).toISOString();
/** The conversation as Graph has it: the collapsed message in full, and the newest reply. */
const GRAPH_MESSAGES = [
  message(
    1,
    PRIYA,
    sentAt(11, 16, 16, 40),
    `Hi Dana, could you send over the revised proposal? The board meets on the 27th.\r\n${GRAPH_ONLY}\r\nThanks, Priya\r\n`,
  ),
  message(
    2,
    PRIYA,
    sentAt(11, 18, 8, 5),
    'Perfect, Friday works. Could you share the logo files by Thursday as well?\r\n',
  ),
];

let browser: ExtensionBrowser;
let page: Page;
let graphDown = false;
const asked: { filter: string | null; auth: string | null }[] = [];

beforeEach(async () => {
  graphDown = false;
  asked.length = 0;
  browser = await launchWithExtension();
  for (const origin of OUTLOOK_ORIGINS)
    await serveHost(browser.context, origin, outlookResponder(origin, screens));
  await browser.context.route('https://graph.microsoft.com/**', async (route: Route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    asked.push({
      filter: url.searchParams.get('$filter'),
      auth: (await request.allHeaders()).authorization ?? null,
    });
    const json = (status: number, body: unknown) =>
      route.fulfill({
        status,
        headers: { ...CORS, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    if (graphDown) return json(503, { error: { code: 'ServiceUnavailable', message: 'down' } });
    return json(200, { value: GRAPH_MESSAGES });
  });

  // Connected to Microsoft with Mail.Read granted (the token cache's shape), option on,
  // before the Outlook page opens so that its first reading already prefers Graph.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const worker = await browser.worker();
  await worker.evaluate(async () => {
    await chrome.storage.session.set({
      'accord.auth.microsoft': {
        accessToken: 'e2e-mail-token',
        expiresAt: Date.now() + 3_600_000,
        scope: 'https://graph.microsoft.com/Calendars.ReadWrite https://graph.microsoft.com/Mail.Read',
      },
    });
  });
  const file = {
    format: 'accord-ledger',
    version: LEDGER_VERSION,
    exportedAt: new Date().toISOString(),
    clients: [],
    items: [],
    dismissals: [],
    reviews: [],
    settings: [
      { key: 'microsoftClientId', value: '00000000-1111-2222-3333-444444444444' },
      { key: 'outlookExactReading', value: true },
    ],
  };
  const imported = await options.evaluate(
    (json) => chrome.runtime.sendMessage({ accord: 1, type: 'ledger.import', payload: { json } }),
    JSON.stringify(file),
  );
  expect(imported?.ok).toBe(true);
  await options.close();
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

const quotes = () =>
  page
    .locator(`${SIDEBAR} [data-suggestion-key]`)
    .evaluateAll((els) => els.map((el) => el.querySelector('.quote')?.textContent ?? ''));

it('shows suggestions from the collapsed message that only Graph has in full', async () => {
  // The page's selected row carries the conversation id the adapter hands to Graph.
  await page.goto(`${QUOTED.origin}${QUOTED.path}`);
  expect(await page.locator('#MailList [role=option][aria-selected=true]').getAttribute('data-convid')).toBe(
    QUOTED_EN.convId,
  );
  expect(await page.locator('#appRoot').innerText()).not.toContain('statement of work');
  await waitForSidebarSettled(page);
  await expect.poll(quotes).toEqual(expect.arrayContaining([expect.stringContaining('statement of work')]));
  // The thread is Graph's: Dana's reply, which the fake leaves out, is not read from the page.
  expect((await quotes()).some((q) => q.includes('revised proposal by Friday'))).toBe(false);
  expect(asked).toContainEqual({
    filter: `conversationId eq '${QUOTED_EN.convId}'`,
    auth: 'Bearer e2e-mail-token',
  });
  // Highlights in exact mode: Graph's newest message is paired with the page's by sender
  // and minute, so its sentence is marked in the body on screen (src/content/exactHighlights.ts).
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[id^="UniqueMessageBody"] accord-chip')].map(
          (chip) => chip.parentElement?.textContent ?? '',
        ),
      ),
    )
    .toEqual(expect.arrayContaining([expect.stringContaining('logo files by Thursday')]));
});

it('falls back to the page’s reading when Graph answers 503', async () => {
  graphDown = true;
  await page.goto(`${QUOTED.origin}${QUOTED.path}`);
  await waitForSidebarSettled(page);
  // Dana's reply is on the page only (the Graph fake does not have it): read from the DOM.
  await expect
    .poll(quotes)
    .toEqual(expect.arrayContaining([expect.stringContaining('revised proposal by Friday')]));
  expect((await quotes()).some((q) => q.includes('statement of work'))).toBe(false);
  expect(await page.locator(SIDEBAR).getAttribute('data-state')).toBe('ready');
  expect(asked.length).toBeGreaterThan(0);
});
