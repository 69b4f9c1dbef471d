/**
 * Learning from the user, end to end: a suggestion dismissed in Gmail's sidebar shows up in the
 * settings page's "What Accord learned from you", and "Forget what it learned" empties it.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, waitForSidebarSettled } from './sidebar';

const screens = gmailScreens();
const hashOf = (fixture: string) => screens.find((s) => s.fixture.endsWith(fixture))!.hash;

let browser: ExtensionBrowser;
let page: Page;
let initialHash = 'inbox';

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
afterEach(async () => browser.close());

describe('what Accord learned from the user', () => {
  it('is shown in settings after a dismissal, and forgotten on request', async () => {
    initialHash = hashOf('one-message.html');
    await page.goto(`https://mail.google.com/mail/u/0/#${initialHash}`);
    await waitForSidebarSettled(page);
    const leo = page.locator(`${SIDEBAR} li.suggestion`).filter({ hasText: /Leo can join/ });
    await leo.getByRole('button', { name: 'Dismiss' }).click();
    await leo.waitFor({ state: 'detached' });

    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const section = settings.getByRole('region', { name: 'What Accord learned from you' });
    await section.getByText(/1 dismissal\b/).waitFor();
    expect(await section.innerText()).toMatch(/Suggested less often now: sentences with “/);

    await section.getByRole('button', { name: 'Forget what it learned' }).click();
    await section.getByRole('status').filter({ hasText: 'Forgotten.' }).waitFor();
    await section.getByText('Nothing yet.').waitFor();
    // Read again from the ledger, not from the page's memory.
    await settings.reload();
    await settings
      .getByRole('region', { name: 'What Accord learned from you' })
      .getByText('Nothing yet.')
      .waitFor();
  });
});
