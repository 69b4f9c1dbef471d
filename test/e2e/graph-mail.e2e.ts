/**
 * Exact reading through Graph in real Chromium: a content script on the mail host asks the
 * extension's worker for a conversation, and the worker reads it from a local fake of
 * Graph's /me/messages (Playwright routes) with the session's token, plain-text bodies and
 * the conversation filter, or answers null (read the page) when Graph fails. The Outlook
 * adapter that supplies conversation ids lives on another branch: the message is sent here
 * from the content scripts' world of the Gmail stand-in, which the worker treats the same.
 */
import type { Route } from 'playwright-core';
import { LEDGER_VERSION } from '../../src/ledger/schema';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';

const CONVERSATION = 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAO/u+x==';
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, prefer, sdkversion, client-request-id',
  'access-control-allow-methods': 'GET, OPTIONS',
};

let browser: ExtensionBrowser;
const seen: { path: string; filter: string | null; prefer: string | null; auth: string | null }[] = [];
let graphDown = false;

beforeEach(async () => {
  seen.length = 0;
  graphDown = false;
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(gmailScreens(), () => 'inbox'),
  );
  await browser.context.route('https://graph.microsoft.com/**', async (route: Route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    seen.push({
      path: url.pathname,
      filter: url.searchParams.get('$filter'),
      prefer: headers.prefer ?? null,
      auth: headers.authorization ?? null,
    });
    const json = (status: number, body: unknown) =>
      route.fulfill({
        status,
        headers: { ...CORS, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    if (graphDown) return json(503, { error: { code: 'ServiceUnavailable', message: 'down' } });
    return json(200, {
      value: [
        {
          id: 'AAMkAD-1',
          internetMessageId: '<kickoff-1@acme.com>',
          conversationId: CONVERSATION,
          subject: 'Q1 campaign kickoff',
          from: { emailAddress: { name: 'Priya Raman', address: 'priya.raman@acme.com' } },
          toRecipients: [{ emailAddress: { name: 'Dana Whitfield', address: 'dana@northwind.io' } }],
          ccRecipients: [],
          sentDateTime: '2026-11-17T14:15:00Z',
          isDraft: false,
          webLink: 'https://outlook.office365.com/owa/?ItemID=AAMkAD-1&exvsurl=1&viewmodel=ReadMessageItem',
          uniqueBody: { contentType: 'text', content: "You'll send the revised proposal by Friday.\r\n" },
          body: { contentType: 'text', content: "You'll send the revised proposal by Friday.\r\n" },
        },
      ],
    });
  });
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('accord-sidebar').waitFor({ state: 'attached' });

  // Connected to Microsoft with Mail.Read granted (the token cache's shape), option on.
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
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
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
});

afterEach(async () => {
  await browser.close();
});

/** Sends mail.readConversation from the content scripts' world of the open mail tab. */
async function readFromContentScript(conversationId: string) {
  const worker = await browser.worker();
  return worker.evaluate(async (id) => {
    const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      func: (conversationId: string) =>
        chrome.runtime.sendMessage({ accord: 1, type: 'mail.readConversation', payload: { conversationId } }),
      args: [id],
    });
    return result!.result as { ok: boolean; data?: unknown; error?: string };
  }, conversationId);
}

it('reads the conversation through Graph with the session’s token and plain-text bodies', async () => {
  const reply = await readFromContentScript(CONVERSATION);
  expect(reply).toMatchObject({
    ok: true,
    data: {
      host: 'outlook',
      id: CONVERSATION,
      subject: 'Q1 campaign kickoff',
      messages: [
        {
          id: '<kickoff-1@acme.com>',
          from: { name: 'Priya Raman', email: 'priya.raman@acme.com' },
          sentAt: '2026-11-17T14:15:00Z',
          text: "You'll send the revised proposal by Friday.",
          fullyRead: true,
        },
      ],
    },
  });
  expect(seen).toEqual([
    {
      path: '/v1.0/me/messages',
      filter: `conversationId eq '${CONVERSATION}'`,
      prefer: 'outlook.body-content-type="text"',
      auth: 'Bearer e2e-mail-token',
    },
  ]);
});

it('answers null when Graph fails, so the content script reads the page', async () => {
  graphDown = true;
  const reply = await readFromContentScript(CONVERSATION);
  expect(reply).toEqual({ ok: true, data: null });
  expect(seen.length).toBeGreaterThan(0);
});
