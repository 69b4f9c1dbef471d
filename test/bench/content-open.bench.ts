/**
 * Opening a thread with Accord installed (issue #2), in real headless Chromium:
 * - sidebar shown and filled after the thread is in the DOM, on the 20-message fixture,
 *   with the worker stopped before every open (cold start): median and p95;
 * - long tasks (> 50 ms) on Gmail's main thread while the thread opens;
 * - script time on the page while idle for 5 s after, beside the same page without Accord
 *   (the baseline): no polling shows up as no difference.
 */
import type { Page } from 'playwright-core';
import { buildExtension, launchWithExtension, serveHost } from '../e2e/browser';
import { gmailScreens, mailboxResponder } from '../fixtures/mailbox/mailbox';
import { stopServiceWorkers } from '../e2e/worker';
import { summarize, type BenchRun } from './types';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SCREENS = gmailScreens().filter((s) => /inbox-list|long-20-messages/.test(s.fixture));
const THREAD = SCREENS.find((s) => s.fixture.includes('long-20'))!.hash;

export const run: BenchRun = async () => {
  // The e2e build: the same code with the sidebar's shadow root open, so the page can time it.
  buildExtension('e2e');
  const browser = await launchWithExtension();
  await serveHost(
    browser.context,
    'https://mail.google.com',
    mailboxResponder(SCREENS, () => 'inbox'),
  );
  const page = await browser.context.newPage();
  // tsx compiles this file with esbuild's keepNames, whose __name helper the page lacks.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('accord-sidebar').waitFor({ state: 'attached' });

  const fill: number[] = [];
  const longTasks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (!process.env.BENCH_WARM) await stopServiceWorkers(browser.context, page);
    const sample = await openAndTime(page);
    fill.push(sample.fillMs);
    longTasks.push(sample.longTasks);
    await page.evaluate(() => (location.hash = 'inbox'));
    await page.locator('accord-sidebar .accord').waitFor({ state: 'detached' });
  }
  await page.evaluate((hash) => (location.hash = hash), THREAD);
  await page.locator('accord-sidebar .accord[data-state="ready"]').waitFor();
  const idleWith = await idleScriptMs(page);
  await browser.close();

  const bare = await launchWithExtension({ extension: false });
  await serveHost(
    bare.context,
    'https://mail.google.com',
    mailboxResponder(SCREENS, () => THREAD),
  );
  const barePage = await bare.context.newPage();
  await barePage.goto(`https://mail.google.com/mail/u/0/#${THREAD}`);
  await barePage.locator('h2.hP').waitFor();
  const idleWithout = await idleScriptMs(barePage);
  await bare.close();

  const { median, p95 } = summarize(fill);
  return [
    {
      name: 'sidebar filled after thread in DOM, 20 messages, cold worker: median',
      value: median,
      unit: 'ms',
    },
    { name: 'sidebar filled after thread in DOM, 20 messages, cold worker: p95', value: p95, unit: 'ms' },
    {
      name: 'long tasks (>50 ms) while a thread opens (max over runs)',
      value: Math.max(...longTasks),
      unit: 'count',
    },
    { name: 'page script time while idle 5 s, with Accord', value: idleWith, unit: 'ms' },
    { name: 'page script time while idle 5 s (baseline: Accord disabled)', value: idleWithout, unit: 'ms' },
  ];
};

/** Navigates to the thread and times, in the page, from the thread's DOM insertion to a filled sidebar. */
async function openAndTime(page: Page): Promise<{ fillMs: number; longTasks: number }> {
  return page.evaluate(async (hash) => {
    const tasks: PerformanceEntry[] = [];
    const longTaskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    longTaskObserver.observe({ type: 'longtask' });
    let insertedAt = 0;
    const main = new MutationObserver(() => {
      if (!insertedAt && document.querySelector('h2.hP')) insertedAt = performance.now();
    });
    main.observe(document.body, { childList: true, subtree: true });
    const filledAt = await new Promise<number>((resolve) => {
      const host = document.querySelector('accord-sidebar');
      const root = host?.shadowRoot;
      if (!root) throw new Error('no sidebar host');
      const check = () => root.querySelector('.accord[data-state="ready"]');
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
      location.hash = hash;
    });
    main.disconnect();
    longTaskObserver.disconnect();
    return { fillMs: filledAt - insertedAt, longTasks: tasks.filter((t) => t.duration > 50).length };
  }, THREAD);
}

async function idleScriptMs(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await scriptDuration(cdp);
  await page.waitForTimeout(5000);
  const after = await scriptDuration(cdp);
  return (after - before) * 1000;
}

async function scriptDuration(cdp: {
  send(m: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>;
}) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}
