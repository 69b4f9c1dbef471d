/**
 * The demo mailbox: Gmail-style threads served locally on the real mail.google.com URL and
 * Outlook on the web conversations on the real Outlook URLs, so anyone can watch Accord work
 * without an account. Headless, it walks every thread, saves a screenshot of each and
 * prints what the sidebar shows.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, serveHost } from '../../test/e2e/browser';
import { mailboxResponder } from '../../test/fixtures/mailbox/mailbox';
import { OUTLOOK_ORIGINS, outlookResponder } from '../../test/fixtures/mailbox/outlookMailbox';
import { sidebarText, waitForSidebarSettled } from '../../test/e2e/sidebar';
import { DEMO_SCREENS, OUTLOOK_DEMO_SCREENS } from './screens';
import { seedLedger } from '../../test/e2e/ledgerSeed';
import { DEMO_CLIENTS, DEMO_ITEMS } from './demoLedger';

const OUTPUT = resolve(import.meta.dirname, '../../demo-output');

export async function runDemo({ headless }: { headless: boolean }): Promise<void> {
  const browser = await launchWithExtension({ headless });
  let initialHash = 'inbox';
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(DEMO_SCREENS, () => initialHash),
  );
  for (const origin of OUTLOOK_ORIGINS) {
    await serveHost(browser.context, origin, outlookResponder(origin, OUTLOOK_DEMO_SCREENS));
  }
  await seedLedger(browser, DEMO_CLIENTS, DEMO_ITEMS);
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });

  const threads = DEMO_SCREENS.filter((s) => s.hash.includes('/'));
  for (const [index, screen] of threads.entries()) {
    initialHash = screen.hash;
    await page.evaluate((hash) => (location.hash = hash), screen.hash);
    await waitForSidebarSettled(page);
    const file = join(
      OUTPUT,
      `${String(index + 1).padStart(2, '0')}-${screen.fixture.replace(/\W+/g, '-')}.png`,
    );
    await page.screenshot({ path: file });
    console.log(`\n── #${screen.hash}  (${file})`);
    console.log(indent(await sidebarText(page)));
  }

  const conversations = OUTLOOK_DEMO_SCREENS.filter(
    (s) => s.path.includes('/id/') || s.path.includes('/read/'),
  );
  const outlook = await browser.context.newPage();
  for (const [index, screen] of conversations.entries()) {
    await outlook.goto(`${screen.origin}${screen.path}`);
    await waitForSidebarSettled(outlook);
    const name = screen.fixture.replace(/\W+/g, '-');
    const file = join(OUTPUT, `outlook-${String(index + 1).padStart(2, '0')}-${name}.png`);
    await outlook.screenshot({ path: file });
    console.log(`\n── ${screen.origin}${screen.path.slice(0, 40)}…  (${file})`);
    console.log(indent(await sidebarText(outlook)));
  }

  if (headless) {
    await browser.close();
    console.log(`\nScreenshots in ${OUTPUT}`);
    return;
  }
  await page.evaluate(() => (location.hash = 'inbox'));
  await outlook.goto('https://outlook.office.com/mail/inbox');
  console.log(
    '\nThe demo mailboxes are open (Gmail and Outlook tabs). Click through the threads; close the window to stop.',
  );
  await new Promise((resolve) => browser.context.on('close', resolve));
}

function indent(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `   ${line.trim()}`)
    .join('\n');
}
