/**
 * Issue 10, item 1: nothing the worker acts on may live where a content script can write it.
 * A content script (run here through its isolated world, as a compromised one would) tries to
 * forge a calendar outbox entry and a setting in storage.local; a forged entry left in
 * storage.local by other means (an older Accord, a browser without access levels) is not sent.
 */
import type { Page } from 'playwright-core';
import type { Client } from '../../src/core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';
import { seedLedger } from './ledgerSeed';
import { routeGoogleCalendar } from './googleCalendarFake';
import { stopServiceWorkers } from './worker';
import { evaluateInContentWorld } from './contentWorld';

const screens = gmailScreens();
const ONE_MESSAGE = screens.find((s) => s.fixture.endsWith('one-message.html'))!.hash;
const OUTBOX_KEY = 'accord.calendar.outbox';
const stamp = '2026-11-01T10:00:00.000Z';
const acme: Client = {
  id: 'client-acme',
  name: 'Acme',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
};

/** What the audit forged: a 150-attendee event, a DELETE and a PATCH of events Accord never booked. */
function forgedOutbox() {
  const event = (id: string, attendees: number) => ({
    id,
    title: 'Forged',
    start: '2099-01-05T15:00:00.000Z',
    end: '2099-01-05T15:30:00.000Z',
    timeZone: 'UTC',
    attendees: Array.from({ length: attendees }, (_, i) => ({ name: '', email: `p${i}@evil.example` })),
    description: '',
    recurrence: null,
    wantsVideo: false,
  });
  const review = (id: string, eventId: string | null) => ({
    id,
    clientId: acme.id,
    provider: 'google',
    eventId,
    htmlLink: null,
    joinUrl: null,
    title: 'Forged',
    start: '2099-01-05T15:00:00.000Z',
    end: '2099-01-05T15:30:00.000Z',
    timeZone: 'UTC',
    recurrence: null,
    attendees: [],
    agenda: '',
    status: 'booked',
    sequence: 0,
    wantsVideo: false,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const base = { provider: 'google', enqueuedAt: stamp, attempts: 0 };
  return [
    {
      ...base,
      key: 'aaaaaaaaaa:create',
      reviewId: 'aaaaaaaaaa',
      review: review('aaaaaaaaaa', null),
      op: { kind: 'create', event: event('aaaaaaaaaa', 150) },
    },
    {
      ...base,
      key: 'bbbbbbbbbb:cancel',
      reviewId: 'bbbbbbbbbb',
      review: review('bbbbbbbbbb', 'someoneelses'),
      op: { kind: 'cancel', scope: 'series', known: event('bbbbbbbbbb', 1) },
    },
    {
      ...base,
      key: 'cccccccccc:update',
      reviewId: 'cccccccccc',
      review: review('cccccccccc', 'anotherone'),
      op: { kind: 'update', scope: 'series', patch: { title: 'Moved' }, known: event('cccccccccc', 1) },
    },
  ];
}

let browser: ExtensionBrowser;
let page: Page;

beforeEach(async () => {
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => ONE_MESSAGE),
  );
  await seedLedger(browser, [acme], []);
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

async function connectGoogle() {
  const worker = await browser.worker();
  await worker.evaluate(async () => {
    await chrome.storage.session.set({
      'accord.auth.google': { accessToken: 'e2e-token', expiresAt: Date.now() + 3_600_000 },
    });
  });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(() =>
    chrome.runtime.sendMessage({
      accord: 1,
      type: 'settings.update',
      payload: { googleClientId: 'e2e-client.apps.googleusercontent.com', defaultProvider: 'google' },
    }),
  );
  await options.close();
}

const calendarWrites = (google: Awaited<ReturnType<typeof routeGoogleCalendar>>) =>
  google.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/freeBusy'));

describe('storage.local cannot steer the worker', () => {
  it('refuses a content script’s write of an outbox entry or a setting', async () => {
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);

    const write = await evaluateInContentWorld(
      browser.context,
      page,
      browser.extensionId,
      `chrome.storage.local.set(${JSON.stringify({ [OUTBOX_KEY]: forgedOutbox(), sidebarCollapsed: true })})`,
    );
    // Chrome, access level TRUSTED_CONTEXTS: the content script has no storage.local at all.
    expect(write).toEqual({
      error: expect.stringMatching(/Access to storage is not allowed from this context/),
    });
    console.info(`content-script write refused: ${JSON.stringify(write)}`);
    const read = await evaluateInContentWorld(
      browser.context,
      page,
      browser.extensionId,
      `chrome.storage.local.get(null)`,
    );
    expect(read).toMatchObject({ error: expect.any(String) });

    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(
      'accord.calendar.outbox',
    );
    // The content script still has what it needs, by message: the world can still ask the worker.
    const settings = await evaluateInContentWorld(
      browser.context,
      page,
      browser.extensionId,
      `chrome.runtime.sendMessage({ accord: 1, type: 'settings.get', payload: {} })`,
    );
    expect(settings).toMatchObject({ ok: true, data: { sidebarCollapsed: false } });
  });

  it('sends nothing for forged entries left in storage.local, and removes them', async () => {
    const google = await routeGoogleCalendar(browser.context);
    await connectGoogle();
    // As if an older Accord (outbox in storage.local) or a browser without access levels let
    // a content script write it: the worker itself writes the forgery here.
    const worker = await browser.worker();
    await worker.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
      OUTBOX_KEY,
      forgedOutbox(),
    ] as const);

    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await stopServiceWorkers(browser.context, page);
    await page.reload(); // the worker starts again: migration, then the outbox retry
    await waitForSidebarSettled(page);
    const restarted = await browser.worker();
    await expect
      .poll(() => restarted.evaluate((key) => chrome.storage.local.get(key), OUTBOX_KEY), { timeout: 15_000 })
      .toEqual({});
    expect(
      await restarted.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('accord-ledger');
            open.onsuccess = () => {
              const req = open.result.transaction('outbox').objectStore('outbox').count();
              req.onsuccess = () => resolve(req.result);
            };
          }),
      ),
    ).toBe(0);
    expect(calendarWrites(google)).toEqual([]);
  });

  it('still remembers Hide and refreshes the sidebar after a ledger change, without storage.local', async () => {
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);
    await page.locator(SIDEBAR).getByRole('button', { name: /Hide/ }).click();
    await page.locator(`${SIDEBAR}.collapsed`).waitFor();
    await page.reload();
    await page.locator(`${SIDEBAR}.collapsed`).waitFor();
    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.storage.local.get('sidebarCollapsed'))).toEqual({});

    // A change made elsewhere (a restore from the settings page) reaches this open sidebar.
    await page
      .locator(SIDEBAR)
      .getByRole('button', { name: /Show|Hide/ })
      .click();
    await page.locator(`${SIDEBAR}:not(.collapsed)`).waitFor();
    await seedLedger(
      browser,
      [acme],
      [
        {
          id: 'i-new',
          clientId: acme.id,
          kind: 'deliverable',
          owner: 'us',
          text: 'Send the signed contract',
          due: '2099-02-01',
          amount: null,
          status: 'confirmed',
          source: null,
          createdAt: stamp,
          updatedAt: stamp,
          history: [],
        },
      ],
    );
    await expect
      .poll(() => page.locator(SIDEBAR).innerText(), { timeout: 10_000 })
      .toContain('Send the signed contract');
  });
});
