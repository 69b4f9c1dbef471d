/**
 * Accord in Outlook on the web, end to end: the built extension in real headless Chromium,
 * Outlook's real URLs answered from the dated fixtures (test/fixtures/outlook/2026-12), and
 * navigation done the way Outlook does it (history.pushState, the app re-rendered inside the
 * same #appRoot, Back through popstate).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Client, LedgerItem } from '../../src/core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { OUTLOOK_ORIGINS, outlookResponder, outlookScreens } from '../fixtures/mailbox/outlookMailbox';
import { seedLedger } from './ledgerSeed';
import { SIDEBAR, sidebarCount, sidebarText, waitForSidebarSettled } from './sidebar';

const screens = outlookScreens();
const urlOf = (fixture: string) => {
  const screen = screens.find((s) => s.fixture.endsWith(fixture))!;
  return `${screen.origin}${screen.path}`;
};
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const now = '2026-11-20T10:00:00.000Z';
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

let browser: ExtensionBrowser;
let page: Page;

beforeEach(async () => {
  browser = await launchWithExtension();
  for (const origin of OUTLOOK_ORIGINS)
    await serveHost(browser.context, origin, outlookResponder(origin, screens));
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

const suggestion = (text: RegExp) => page.locator(`${SIDEBAR} li.suggestion`).filter({ hasText: text });

/** Boxes of the panel and of what must never lie under it, in CSS pixels. */
async function overlaps(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const panel = document.querySelector('accord-sidebar')!.shadowRoot!.querySelector('.accord')!;
    const box = panel.getBoundingClientRect();
    const covered: string[] = [];
    const watched = document.querySelectorAll(
      '[id^="UniqueMessageBody"], [data-testid="SentReceivedSavedTime"], [role="toolbar"], [role="heading"]',
    );
    watched.forEach((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const apart = r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
      if (!apart)
        covered.push(
          `${el.id || el.getAttribute('data-testid') || el.getAttribute('role')} ${Math.round(r.right)} > ${Math.round(box.left)}`,
        );
    });
    return covered;
  });
}

describe('Accord’s panel in Outlook on the web', () => {
  it('shows the client, its suggestions, and records an accepted one', async () => {
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme');
    await suggestion(/brand guidelines/).waitFor();
    await suggestion(/brand guidelines/)
      .getByRole('button', { name: 'Accept' })
      .click();
    await page
      .locator(`${SIDEBAR} li.item`)
      .filter({ hasText: /brand guidelines/ })
      .waitFor();
    // The accepted item points back at this Outlook conversation.
    const worker = await browser.worker();
    const sources = await worker.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('accord-ledger');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('expectations').objectStore('expectations').getAll();
            all.onsuccess = () => (
              request.result.close(),
              resolve(all.result.map((i: LedgerItem) => i.source))
            );
          };
        }),
    );
    expect(sources).toEqual([
      expect.objectContaining({
        host: 'outlook',
        threadUrl: expect.stringMatching(/^https:\/\/outlook\.office\.com\/mail\/inbox\/id\//),
        messageId: expect.stringMatching(/^olm-/),
      }),
    ]);
  });

  it('marks the sentences behind suggestions in Outlook’s message body, with chips', async () => {
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    const chips = page.locator('[id^="UniqueMessageBody"] accord-chip');
    await expect.poll(() => chips.count()).toBeGreaterThan(0);
    await chips.first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('accord-sidebar')!
              .shadowRoot!.activeElement?.getAttribute('data-suggestion-key') ?? null,
        ),
      )
      .toMatch(/^olm-/);
  });

  it('writes the recap into Outlook’s own reply editor and sends nothing', async () => {
    await seedLedger(
      browser,
      [acme],
      [
        item({ id: 'i-proposal', text: 'Send the revised proposal', due: '2026-11-20' }),
        item({
          id: 'i-deposit',
          owner: 'client',
          kind: 'payment',
          text: 'Pay the deposit',
          amount: { value: 5000, currency: 'USD' },
          due: '2026-12-01',
        }),
      ],
    );
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    await page.locator(`${SIDEBAR} button.recap-button`).click();
    // Outlook's editor sits in a shadow root; Playwright's locators pierce open ones.
    const editor = page.locator('[contenteditable="true"][aria-label="Message body"]');
    await editor.waitFor();
    await expect.poll(() => page.locator(`${SIDEBAR} .recap-status`).innerText()).toMatch(/not sent/);
    const text = await editor.innerText();
    expect(text).toMatch(/^Hi Priya,/);
    expect(text).toContain('From Dana Whitfield:');
    expect(text).toContain('Send the revised proposal');
    expect(text).toMatch(/Pay the deposit — \$5,000\.00/);
    expect(
      await page.evaluate(() => (window as unknown as { __fixtureSendClicks: number }).__fixtureSendClicks),
    ).toBe(0);
  });

  it('follows Outlook’s pushState navigation to another conversation, back to the list, and Back', async () => {
    await page.goto(urlOf('inbox-list.html'));
    await page.locator('accord-sidebar').waitFor({ state: 'attached' });
    expect(await page.locator(SIDEBAR).count()).toBe(0);

    await page.locator('#MailList [role="option"]').filter({ hasText: 'Q1 campaign kickoff' }).click();
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme');
    expect(new URL(page.url()).pathname).toMatch(/^\/mail\/inbox\/id\//);

    await page.locator('#MailList [role="option"]').filter({ hasText: 'Globex rebrand' }).click();
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');

    await page.locator('[role="treeitem"][data-folder-name="inbox"]').first().click();
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });
    // No panel on a list: Outlook gets its whole width back.
    await expect.poll(() => page.evaluate(() => document.getElementById('appRoot')!.style.width)).toBe('');

    await page.goBack();
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');
    expect(await sidebarCount(page)).toBe(1);
  });

  it('keeps exactly one working panel when an updated copy of Accord starts in an open Outlook tab', async () => {
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    const worker = await browser.worker();
    for (let copy = 0; copy < 2; copy++) {
      await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://outlook.office.com/mail/*' });
        const script = chrome.runtime
          .getManifest()
          .content_scripts!.find((s) => s.js!.some((f) => f.includes('outlook')))!;
        await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: script.js! });
      });
    }
    await expect.poll(() => sidebarCount(page)).toBe(1);
    await waitForSidebarSettled(page);
    await page.locator('#MailList [role="option"]').filter({ hasText: 'Globex rebrand' }).click();
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');
    expect(await sidebarCount(page)).toBe(1);
    // One reservation of space, not one per copy.
    expect(await page.evaluate(() => document.getElementById('appRoot')!.style.width)).toMatch(
      /^calc\(100% - \d+px\)$/,
    );
  });

  it('says plainly that it cannot read a layout it does not know, and leaves Outlook alone', async () => {
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(urlOf('unreadable-layout.html'));
    await page.locator(`${SIDEBAR}[data-state="unreadable"]`).waitFor({ timeout: 20_000 });
    expect(await sidebarText(page)).toContain('Accord can’t read this thread');
    expect(errors).toEqual([]);
  });

  it('reads a conversation that Outlook renders only after a slow first load', async () => {
    const slow = `/mail/inbox/id/${encodeURIComponent('AAMkADslowFirstLoad0123456789+/==')}`;
    await page.goto(`https://outlook.office.com${slow}`); // the app shell, no conversation yet
    await page.locator(`${SIDEBAR}[data-state="unreadable"]`).waitFor({ timeout: 20_000 });
    // Outlook finishes loading: the conversation appears, same page, same address.
    const single = new URL(urlOf('single-message.html')).pathname;
    await page.evaluate(async (path) => {
      const response = await fetch(`/accord-fixture/screen?path=${encodeURIComponent(path)}`);
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = Array.from(doc.getElementById('appRoot')!.childNodes).map((n) =>
        document.importNode(n, true),
      );
      document.getElementById('appRoot')!.replaceChildren(...fresh);
    }, single);
    await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme');
  });

  it('shows hostile mail as text and runs none of it', async () => {
    await page.goto(urlOf('hostile.html'));
    await waitForSidebarSettled(page);
    const state = await page.evaluate(() => {
      const root = document.querySelector('accord-sidebar')!.shadowRoot!;
      const w = window as unknown as Record<string, unknown>;
      return {
        images: root.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        hostileRan: w.__accordHostileRan ?? null,
        pwned: w.__pwned ?? null,
      };
    });
    expect(state).toEqual({ images: 0, scripts: 0, hostileRan: null, pwned: null });
  });

  it('offers none of the commitments hidden from the reader, and the visible one (issue 10)', async () => {
    await page.goto(urlOf('hostile.html'));
    await waitForSidebarSettled(page);
    const cards = page.locator(`${SIDEBAR} [data-suggestion-key]`);
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const quotes = await cards.evaluateAll((els) =>
      els.map((el) => el.querySelector('.quote')?.textContent ?? ''),
    );
    // Each HIDDEN-… sentence is a suggestion when shown (control: test/unit/gmail/visibleText.test.ts);
    // the relative-positioned one is hidden by geometry, which only a real browser has.
    expect(quotes.filter((q) => /HIDDEN|\$1,1\d\d/.test(q))).toEqual([]);
    expect(quotes.some((q) => q.includes('VISIBLE-WIRE please wire $1,099'))).toBe(true);
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('accord-chip')].map((chip) => chip.parentElement?.textContent ?? ''),
    );
    expect(marked.some((t) => t.includes('HIDDEN'))).toBe(false);
  });

  it('reads a personal account’s deep link and a German conversation on the other hosts', async () => {
    await page.goto(urlOf('deeplink-personal.html'));
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR}`).getAttribute('data-state')).toBe('ready');
    await page.goto(urlOf('quoted-replies-de.html'));
    await waitForSidebarSettled(page);
    expect(await page.locator(`${SIDEBAR} .client-name`).innerText()).toMatch(/Bergmann/i);
  });

  it('finds no accessibility violations in the panel (axe-core)', async () => {
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    await page.locator(`${SIDEBAR} li.suggestion`).first().getByRole('button', { name: 'Edit' }).click();
    const result = await new AxeBuilder({ page: page as never }).include('accord-sidebar').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the panel takes its own column in Outlook', () => {
  for (const width of [1280, 1920]) {
    for (const fixture of ['single-message.html', 'reading-pane-bottom.html']) {
      it(`leaves every message body, time and toolbar clear of the panel at ${width} px (${fixture})`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(urlOf(fixture));
        await waitForSidebarSettled(page);
        await expect
          .poll(() => page.evaluate(() => document.getElementById('appRoot')!.style.width))
          .toMatch(/^calc\(100% - \d+px\)$/);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({
          path: resolve(SCREENSHOTS, `outlook-${fixture.replace('.html', '')}-${width}.png`),
        });
        expect(await overlaps(page)).toEqual([]);

        // Collapsing gives the space back; expanding takes it again.
        await page.locator(`${SIDEBAR} button.toggle`).click();
        await expect
          .poll(() => page.evaluate(() => document.getElementById('appRoot')!.style.width))
          .toBe('');
        await page.locator(`${SIDEBAR} button.toggle`).click();
        await expect
          .poll(() => page.evaluate(() => document.getElementById('appRoot')!.style.width))
          .toMatch(/^calc/);
        expect(await overlaps(page)).toEqual([]);
      });
    }
  }

  it('without the reservation the panel would cover the mail (the check can fail)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(urlOf('single-message.html'));
    await waitForSidebarSettled(page);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('appRoot')!.style.width))
      .toMatch(/^calc/);
    await page.evaluate(() => document.getElementById('appRoot')!.style.removeProperty('width'));
    await page.evaluate(() => document.getElementById('appRoot')!.style.removeProperty('max-width'));
    expect((await overlaps(page)).length).toBeGreaterThan(0);
  });
});
