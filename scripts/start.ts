/**
 * `npm start`: builds Accord and opens Chromium with it loaded in a fresh profile.
 *
 *   npm start                 a display is present: real Gmail, sign in and open a thread.
 *   npm start -- --demo       the demo mailbox (local Gmail and Outlook conversations, no account needed).
 *   no display (or CI)        the demo mailbox, headless: screenshots + what the sidebar shows.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launchWithExtension, CHROMIUM } from '../test/e2e/browser';
import { runDemo } from './demo/runDemo';

const wantsDemo = process.argv.includes('--demo');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(CHROMIUM)) {
  execSync('bash scripts/ensure-chromium.sh', { stdio: 'inherit' });
}
console.log('Building Accord…');
execSync('npx wxt build', { stdio: 'inherit' });

if (wantsDemo || !hasDisplay) {
  await runDemo({ headless: !hasDisplay });
} else {
  const browser = await launchWithExtension({ headless: false, offline: false });
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/');
  console.log('Chromium is open with Accord loaded. Open a thread in Gmail; close the window to stop.');
  await new Promise((resolve) => browser.context.on('close', resolve));
}
