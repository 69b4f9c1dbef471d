/**
 * `npm start`: builds Accord and opens Chromium with it loaded in a fresh profile.
 *
 *   npm start                 a display is present: real Gmail, sign in and open a thread.
 *   npm start -- --demo       the demo mailbox (local Gmail and Outlook conversations, no account needed).
 *   no display (or CI)        the demo mailbox, headless: screenshots + what the sidebar shows.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildExtension, launchWithExtension, CHROMIUM } from '../test/e2e/browser';
import { runDemo } from './demo/runDemo';

const wantsDemo = process.argv.includes('--demo');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!existsSync(CHROMIUM)) {
  execSync('bash scripts/ensure-chromium.sh', { stdio: 'inherit' });
}
const demo = wantsDemo || !hasDisplay;
console.log('Building Accord…');
// The demo reads the sidebar's text to print it: it runs the e2e build, whose shadow root is open.
buildExtension(demo ? 'e2e' : 'production', 'inherit');

if (demo) {
  await runDemo({ headless: !hasDisplay });
} else {
  const browser = await launchWithExtension({ headless: false, offline: false, build: 'production' });
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/');
  console.log('Chromium is open with Accord loaded. Open a thread in Gmail; close the window to stop.');
  await new Promise((resolve) => browser.context.on('close', resolve));
}
