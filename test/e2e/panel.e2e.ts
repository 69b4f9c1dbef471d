/**
 * The panel's ledger in real headless Chromium on the stand-in Gmail: overdue items stand
 * out with how many days, due today and this week are marked, closed items fold into
 * "Closed (N)", the track record is a sentence per side with a chart, and "Draft a
 * follow-up" writes into Gmail's reply editor without sending. Screenshots of the panel in
 * light and dark go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { formatDue } from '../../src/core';
import { addDays } from '../../src/ledger/fields';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';
import { browserToday, DEPOSIT_QUOTE, seedPanelLedger } from './panelSeed';

const screens = gmailScreens();
const REPLY_COMPOSE = screens.find((s) => s.fixture.endsWith('reply-compose.html'))!.hash;
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let browser: ExtensionBrowser;
let page: Page;
let today: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => REPLY_COMPOSE),
  );
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  today = await browserToday(page);
  await seedPanelLedger(browser, today, REPLY_COMPOSE);
  await page.goto(`https://mail.google.com/mail/u/0/#${REPLY_COMPOSE}`);
  await waitForSidebarSettled(page);
});
afterAll(async () => browser.close());

const row = (id: string) => page.locator(`${SIDEBAR} li.item[data-item-id="${id}"]`);
const side = (s: 'us' | 'client') => page.locator(`${SIDEBAR} .side[data-side="${s}"]`);

describe('the panel’s ledger', () => {
  it('marks overdue items on both sides with how many days, due today and due this week', async () => {
    expect(await row('proposal').locator('.due-state').innerText()).toBe('3 days overdue');
    expect(await row('deposit').locator('.due-state').innerText()).toBe('1 day overdue');
    expect(await row('notes').locator('.due-state').innerText()).toBe('Due today');
    expect(await row('brief').locator('.due-state').innerText()).toBe('Due in 4 days');
    expect(await row('launch').locator('.due-state').count()).toBe(0);
    // Overdue rows stand out beyond the words too (a red edge).
    const edge = await row('proposal').evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(edge).toBe('rgb(217, 48, 37)');
  });

  it('folds done, missed and cancelled items into a collapsed "Closed (N)" that opens from the keyboard', async () => {
    const ours = side('us').locator('details.closed-group');
    const theirs = side('client').locator('details.closed-group');
    expect(await ours.locator('summary').innerText()).toBe('Closed (4)');
    expect(await theirs.locator('summary').innerText()).toBe('Closed (3)');
    expect(await ours.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await row('moodboard').isVisible()).toBe(false);
    expect(await side('us').locator('h3 .count').innerText()).toBe('3');

    await ours.locator('summary').focus();
    await page.keyboard.press('Enter');
    await row('moodboard').waitFor({ state: 'visible' });
    expect(await ours.locator('li.item').count()).toBe(4);
    await page.keyboard.press('Enter');
    await row('moodboard').waitFor({ state: 'hidden' });
  });

  it('unfolds the Closed group when a highlight in the email leads to a closed item', async () => {
    const ours = side('us').locator('details.closed-group');
    expect(await ours.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('accord-chip[data-accord-mark="proposal-v1"]').click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('accord-sidebar')!
              .shadowRoot!.activeElement?.getAttribute('data-item-id') ?? null,
        ),
      )
      .toBe('proposal-v1');
    expect(await ours.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await ours.locator('summary').click();
  });

  it('sums up the track record in a sentence per side beside a chart with a text alternative', async () => {
    const lines = await page.locator(`${SIDEBAR} .track-lines li`).allInnerTexts();
    expect(lines).toEqual([
      'We kept 2 of 3 on time or early (67%): 1 early, 1 late.',
      'They kept 1 of 2 on time or early (50%): 1 missed.',
    ]);
    expect(await page.locator(`${SIDEBAR} svg.on-time-chart`).getAttribute('aria-label')).toBe(
      'On time or early: we kept 67%, they kept 50%',
    );
  });

  it('saves screenshots of the panel in light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await side('us').locator('details.closed-group summary').click();
    // Tall enough for the whole panel (it scrolls inside the window's height otherwise).
    await page.setViewportSize({ width: 1400, height: 2400 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const background = await page.locator(SIDEBAR).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');
      await page.locator(SIDEBAR).screenshot({ path: resolve(SCREENSHOTS, `panel-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1400, height: 900 });
    await side('us').locator('details.closed-group summary').click();
  });

  it('drafts a polite follow-up for the late client item into Gmail’s reply editor, and sends nothing', async () => {
    expect(await row('proposal').locator('.follow-up').count()).toBe(0); // ours: no follow-up
    await row('deposit').getByRole('button', { name: 'Draft a follow-up' }).click();
    const editor = page.locator('div.Am.Al.editable[aria-label="Message Body"]');
    await editor.waitFor();
    await expect.poll(() => row('deposit').locator('.follow-up-status').innerText()).toMatch(/not sent/);
    const text = await editor.innerText();
    expect(text).toMatch(/^Hi Priya,/);
    const agreed = formatDue(addDays(today, -1), 'en-US');
    expect(text).toContain(
      `A gentle reminder about “Pay the deposit” ($5,000.00), which we agreed for ${agreed}.`,
    );
    expect(text).toContain(`you wrote: “${DEPOSIT_QUOTE}”`);
    expect(text).toContain('Dana Whitfield');
    // Above Gmail's quoted message, which is still there.
    expect(text.indexOf('gentle reminder')).toBeLessThan(
      text.indexOf('Priya Raman <priya.raman@acme.com> wrote:'),
    );
    expect(
      await page.evaluate(() => (window as unknown as { __fixtureSendClicks: number }).__fixtureSendClicks),
    ).toBe(0);
  });
});
