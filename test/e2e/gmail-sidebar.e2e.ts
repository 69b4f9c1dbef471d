/**
 * Accord in Gmail, end to end: the built extension in real headless Chromium, Gmail's
 * URL answered from the dated fixtures (test/fixtures/gmail/2026-11), navigation done the
 * way Gmail does it (hash changes, DOM swapped in the same document).
 */
import type { Page } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, sidebarCount, sidebarText, waitForSidebarSettled } from './sidebar';
import { seedLedger } from './ledgerSeed';

const screens = gmailScreens();
const hashOf = (fixture: string) => screens.find((s) => s.fixture.endsWith(fixture))!.hash;
const ONE_MESSAGE = hashOf('one-message.html');
const SIGNATURES = hashOf('signatures.html');
const UNREADABLE = hashOf('unreadable-layout.html');
const HOSTILE = hashOf('hostile.html');

const now = '2026-03-02T10:00:00.000Z';
const acme: Client = {
  id: 'client-acme',
  name: 'Acme Corporation',
  domains: ['acme.com'],
  addresses: [],
  notes: '',
  createdAt: now,
  updatedAt: now,
};
const item = (overrides: Partial<LedgerItem>): LedgerItem => ({
  id: 'x',
  clientId: acme.id,
  kind: 'deliverable',
  owner: 'us',
  text: '',
  due: null,
  amount: null,
  status: 'confirmed',
  source: null,
  createdAt: now,
  updatedAt: now,
  history: [],
  ...overrides,
});
const acmeItems = [
  item({
    id: 'i-proposal',
    text: 'Send the revised proposal',
    due: '2026-03-06',
    source: {
      host: 'gmail',
      threadId: '1933e83a6a10dc35',
      threadUrl: `https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`,
      messageId: 'm1',
      quote: 'I’ll send the revised proposal by Friday.',
      start: 0,
      end: 10,
      sentAt: now,
    },
  }),
  item({
    id: 'i-invoice',
    owner: 'client',
    kind: 'payment',
    text: 'Pay the kick-off invoice',
    amount: { value: 5000, currency: 'USD' },
    due: '2026-04-01',
    status: 'proposed',
  }),
];

let browser: ExtensionBrowser;
let page: Page;
let initialHash = 'inbox';

async function go(hash: string) {
  await page.evaluate((h) => (location.hash = h), hash);
}

beforeEach(async () => {
  // The page served on a full load (Playwright cannot see a URL's hash): each test says its own.
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

describe('Accord’s sidebar in Gmail', () => {
  it('shows the client behind an opened thread and that client’s ledger in both directions', async () => {
    await seedLedger(browser, [acme], acmeItems);
    initialHash = ONE_MESSAGE;
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);

    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme Corporation');
    const text = await sidebarText(page);
    expect(text).toMatch(/We owe them/i);
    expect(text).toContain('Send the revised proposal');
    expect(text).toMatch(/They owe us/i);
    expect(text).toContain('Pay the kick-off invoice');
    expect(text).toMatch(/\$5,000\.00/);
    const source = page.locator(`${SIDEBAR} [data-item-id="i-proposal"] a.source`);
    expect(await source.getAttribute('href')).toBe(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
  });

  it('explains what it will show when the client has nothing on record', async () => {
    initialHash = SIGNATURES;
    await page.goto(`https://mail.google.com/mail/u/0/#${SIGNATURES}`);
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');
    expect(await sidebarText(page)).toMatch(/Nothing on record with Globex yet/i);
  });

  it('follows Gmail’s navigation: another thread updates it, the inbox hides it', async () => {
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('accord-sidebar').waitFor({ state: 'attached' });
    expect(await page.locator(SIDEBAR).count()).toBe(0);

    await go(ONE_MESSAGE);
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme');

    await go(SIGNATURES);
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');

    await go('inbox');
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });
    expect(await sidebarCount(page)).toBe(1);
  });

  it('says when collapsed messages were read from Gmail’s preview only', async () => {
    initialHash = hashOf('long-20-messages.html');
    await page.goto(`https://mail.google.com/mail/u/0/#${initialHash}`);
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .partial`).innerText()).toMatch(
      /^\d+ collapsed messages were read from Gmail’s preview only\./,
    );
    initialHash = ONE_MESSAGE;
    await go(ONE_MESSAGE);
    await expect.poll(() => page.locator(`${SIDEBAR} .partial`).count()).toBe(0);
  });

  it('remembers that the user collapsed it', async () => {
    initialHash = ONE_MESSAGE;
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);
    await page.locator(`${SIDEBAR} button.toggle`).click();
    await page.locator(`${SIDEBAR}.collapsed`).waitFor();

    await page.reload();
    await page.locator(`${SIDEBAR}.collapsed`).waitFor();
    expect(await page.locator(`${SIDEBAR} .client-name`).count()).toBe(0);
  });

  it('keeps exactly one working sidebar when an updated copy of Accord starts in an open Gmail tab', async () => {
    // On install or update the worker runs the new content script in open Gmail tabs
    // (src/worker/reinject.ts). A real chrome.runtime.reload() closes this headless
    // Chromium outright, so the test performs that same injection from the worker.
    initialHash = ONE_MESSAGE;
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);

    const worker = await browser.worker();
    for (let copy = 0; copy < 2; copy++) {
      await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
        const files = chrome.runtime.getManifest().content_scripts![0]!.js!;
        await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files });
      });
    }

    await expect.poll(() => sidebarCount(page)).toBe(1);
    await waitForSidebarSettled(page);
    await go(SIGNATURES);
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');
    expect(await sidebarCount(page)).toBe(1);
  });

  it('says plainly that it cannot read a layout it does not know, and leaves the page alone', async () => {
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    initialHash = UNREADABLE;
    await page.goto(`https://mail.google.com/mail/u/0/#${UNREADABLE}`);
    await page.locator(`${SIDEBAR}[data-state="unreadable"]`).waitFor({ timeout: 20_000 });
    expect(await sidebarText(page)).toContain('Accord can’t read this thread');
    expect(errors).toEqual([]);
  });

  it('shows hostile email content as text and runs none of it', async () => {
    initialHash = HOSTILE;
    await page.goto(`https://mail.google.com/mail/u/0/#${HOSTILE}`);
    await waitForSidebarSettled(page);
    const shadow = await page.evaluate(() => {
      const root = document.querySelector('accord-sidebar')!.shadowRoot!;
      return {
        images: root.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        javascriptLinks: [...root.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:'))
          .length,
        hostileRan: (window as unknown as Record<string, unknown>).__accordHostileRan ?? null,
      };
    });
    expect(shadow).toEqual({ images: 0, scripts: 0, javascriptLinks: 0, hostileRan: null });
  });

  it('offers nothing the reader cannot see, reads amounts through invisible characters and flags a reversed one', async () => {
    initialHash = HOSTILE;
    await page.goto(`https://mail.google.com/mail/u/0/#${HOSTILE}`);
    await waitForSidebarSettled(page);
    const cards = page.locator(`${SIDEBAR} [data-suggestion-key]`);
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const suggestions = await cards.evaluateAll((els) =>
      els.map((el) => ({
        quote: el.querySelector('.quote')?.textContent ?? '',
        amount: el.querySelector('.amount')?.textContent ?? null,
        warning: el.querySelector('.amount-suspect')?.textContent ?? null,
      })),
    );
    // Each HIDDEN-… sentence is a suggestion when shown (control: test/unit/gmail/visibleText.test.ts).
    expect(suggestions.filter((s) => /HIDDEN|\$1,1\d\d/.test(s.quote))).toEqual([]);
    const setup = suggestions.find((s) => s.quote.includes('for the setup'));
    expect(setup).toMatchObject({ amount: '$4,250.00', warning: null });
    const audit = suggestions.find((s) => s.quote.includes('audit fee'));
    expect(audit?.amount).toBe('$5.90');
    expect(audit?.warning).toMatch(/hidden direction characters/);
    // The highlighter marks the visible sentence, never hidden text.
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('accord-chip')].map((chip) => chip.parentElement?.textContent ?? ''),
    );
    expect(marked.some((t) => t.includes('HIDDEN'))).toBe(false);
  });
});
