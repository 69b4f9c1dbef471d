/**
 * Gmail's split view (reading pane beside the list), end to end: the thread in the pane is
 * read although the URL names the list, and picking another conversation in the list (the
 * fixture page's own script swaps the pane, the URL stays) updates the panel.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, serveHost, type ExtensionBrowser } from './browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { SIDEBAR, sidebarCount, waitForSidebarSettled } from './sidebar';

const SPLIT = 'label/Clients';
const screens = gmailScreens();

let browser: ExtensionBrowser;
let page: Page;

beforeEach(async () => {
  browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(screens, () => SPLIT),
  );
  page = await browser.context.newPage();
});

afterEach(async () => {
  await browser.close();
});

it('reads the thread in the reading pane, and the next one picked in the list, with the URL on the list', async () => {
  expect(screens.find((s) => s.hash === SPLIT)?.fixture).toMatch(/split-view\.html$/);
  await page.goto(`https://mail.google.com/mail/u/0/#${SPLIT}`);
  await waitForSidebarSettled(page);
  await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Acme');

  await page.locator('tr[data-fixture-opens]').click();
  await expect.poll(() => page.locator(`${SIDEBAR} .client-name`).innerText()).toBe('Globex');
  expect(await page.evaluate(() => location.hash)).toBe(`#${SPLIT}`);
  expect(await sidebarCount(page)).toBe(1);

  // The panel covers no body in the pane either.
  const panel = (await page.locator(SIDEBAR).boundingBox())!;
  const bodies = await page.locator('div.aia div.a3s').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { right: r.right, width: r.width };
    }),
  );
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body.right).toBeLessThanOrEqual(panel.x);
});
