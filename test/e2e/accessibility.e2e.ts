/**
 * Accessibility of what Accord adds to Gmail and of its own pages, checked with axe-core
 * in real Chromium (the sidebar lives in an open shadow root, which axe reads).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';
import { browserToday, seedPanelLedger } from './panelSeed';

const screens = gmailScreens();
const ONE_MESSAGE = screens.find((s) => s.fixture.endsWith('one-message.html'))!.hash;
const REPLY_COMPOSE = screens.find((s) => s.fixture.endsWith('reply-compose.html'))!.hash;
let initialHash = ONE_MESSAGE;

let browser: ExtensionBrowser;
beforeEach(async () => {
  initialHash = ONE_MESSAGE;
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => initialHash),
  );
});
afterEach(async () => browser.close());

async function violations(page: Page, include: string) {
  // Playwright's Page type comes from playwright-core here; AxeBuilder takes the same object.
  const result = await new AxeBuilder({ page: page as never }).include(include).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('finds no violations in the sidebar with suggestions and an open edit form', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/#${ONE_MESSAGE}`);
    await waitForSidebarSettled(page);
    await page.locator(`${SIDEBAR} li.suggestion`).first().getByRole('button', { name: 'Edit' }).click();
    expect(await violations(page, 'accord-sidebar')).toEqual([]);
  });

  it('finds no violations in the panel’s ledger (overdue, due today, Closed opened, track record, follow-up), light and dark', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await seedPanelLedger(browser, await browserToday(page), REPLY_COMPOSE);
    initialHash = REPLY_COMPOSE;
    await page.goto(`https://mail.google.com/mail/u/0/#${REPLY_COMPOSE}`);
    await waitForSidebarSettled(page);
    await page.locator(`${SIDEBAR} li.item[data-due="overdue"]`).first().waitFor();
    for (const summary of await page.locator(`${SIDEBAR} details.closed-group summary`).all())
      await summary.click();
    await page.locator(`${SIDEBAR} .follow-up button`).waitFor();
    expect(await violations(page, 'accord-sidebar')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, 'accord-sidebar')).toEqual([]);
  });

  it('finds no violations on the settings page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await violations(page, 'body')).toEqual([]);
  });
});
