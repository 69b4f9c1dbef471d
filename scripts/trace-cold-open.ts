/**
 * `npx tsx scripts/trace-cold-open.ts`: where a cold fill's time goes. Opens the content-open
 * bench's Gmail thread (or Outlook's, HOST=outlook) with the worker stopped, RUNS times (default
 * 5), each under a Chrome trace, and prints per run, from the moment the thread is in the DOM
 * (a console.timeStamp the page makes, like the bench's MutationObserver) to the filled panel:
 * the service worker thread's tasks and what ran in them (script compile and evaluation, the
 * message's handling, IndexedDB), the page's tasks over MIN_MS (default 1), and with
 * SAMPLES=1 the worker functions the CPU sampler saw most. Tracing slows everything: read the
 * figures as proportions and take timings from `npm run bench -- content-open`. Uses the e2e
 * build as it is (build it first; for readable names build with Vite's `build.minify` off).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIRS, QUIET_CHROMIUM_ARGS } from '../test/e2e/browser';
import { stopServiceWorkers } from '../test/e2e/worker';
import { GMAIL, OUTLOOK } from '../test/bench/openHosts';
import type { ProfileNode, TraceEvent } from './lib/traceEvents';

const RUNS = Number(process.env.RUNS ?? 5);
const MIN_MS = Number(process.env.MIN_MS ?? 1);
const host = process.env.HOST === 'outlook' ? OUTLOOK : GMAIL;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'toplevel',
  'ServiceWorker',
  'IndexedDB',
  'extensions',
  ...(process.env.SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ...(process.env.CATS ? process.env.CATS.split(',') : []),
];

const ms = (us = 0) => (us / 1000).toFixed(1);

// The bench's launch (test/e2e/browser.ts) plus a debugging port: tracing from a browser-wide
// session is what records the worker's own thread (a page's session does not).
const profile = mkdtempSync(join(tmpdir(), 'accord-trace-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1400, height: 900 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${EXTENSION_DIRS.e2e}`,
    `--load-extension=${EXTENSION_DIRS.e2e}`,
    '--remote-debugging-port=0',
    ...QUIET_CHROMIUM_ARGS,
  ],
});
const browser = { context };
if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
const browserCdp = await remote.newBrowserCDPSession();
try {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
  await host.serve(browser.context, 'list');
  const page = await browser.context.newPage();
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(host.listUrl);
  await page.locator('accord-sidebar').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  for (let run = 0; run < RUNS; run++) {
    await stopServiceWorkers(browser.context, page);
    await page.waitForTimeout(300);
    const events = await traceOpen(page, browserCdp);
    report(run, events);
    await host.backToList(page);
    await page.locator('accord-sidebar .accord').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
  }
} finally {
  await remote.close();
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function traceOpen(page: Page, cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.evaluate(
    ({ threadInDom, openThreadScript }) =>
      new Promise<void>((resolve) => {
        let seen = false;
        const main = new MutationObserver(() => {
          if (seen || !document.querySelector(threadInDom)) return;
          seen = true;
          console.timeStamp('accord:thread-in-dom');
          main.disconnect();
        });
        main.observe(document.body, { childList: true, subtree: true });
        const root = document.querySelector('accord-sidebar')!.shadowRoot!;
        const observer = new MutationObserver(() => {
          if (!root.querySelector('.accord[data-state="ready"]')) return;
          observer.disconnect();
          console.timeStamp('accord:filled');
          resolve();
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true });
        // eslint-disable-next-line no-new-func -- the bench's own navigation step
        new Function(openThreadScript)();
      }),
    { threadInDom: host.threadInDom, openThreadScript: host.openThreadScript },
  );
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

function report(run: number, events: TraceEvent[]) {
  const stamp = (m: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts ?? NaN;
  const t0 = stamp('accord:thread-in-dom');
  const t1 = stamp('accord:filled');
  console.log(`\n=== run ${run}: filled ${ms(t1 - t0)} ms after thread in DOM`);
  const threadName = new Map<string, string>();
  for (const e of events.filter((e) => e.name === 'thread_name')) {
    threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  if (process.env.THREADS) console.log([...threadName].map(([k, n]) => `${k}=${n}`).join(' '));
  // The worker's thread often has no thread_name event: find it by the script it runs.
  const worker = [
    ...new Set(
      events.filter((e) => /background\.js/.test(e.args?.data?.url ?? '')).map((e) => `${e.pid}:${e.tid}`),
    ),
  ];
  const pageMain = events.find((e) => e.name === 'TimeStamp')!;
  const pageKey = `${pageMain.pid}:${pageMain.tid}`;
  const window = (e: TraceEvent) => e.ts + (e.dur ?? 0) >= t0 - 100_000 && e.ts <= t1;
  const show = (key: string, label: string) => {
    const mine = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && window(e));
    const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    for (const task of tasks.filter((t) => (t.dur ?? 0) >= MIN_MS * 1000)) {
      const end = task.ts + (task.dur ?? 0);
      const inside = mine
        .filter((e) => e !== task && e.ts >= task.ts && e.ts <= end && (e.dur ?? 0) >= 500)
        .map(
          (e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${ms(e.dur)}`,
        );
      console.log(
        `  ${label} +${ms(task.ts - t0)} task ${ms(task.dur)} ms: ${[...new Set(inside)].slice(0, 14).join(', ')}`,
      );
    }
  };
  for (const key of worker) show(key, 'worker');
  for (const key of worker) totalsInLongest(events, key, t0, t1);
  show(pageKey, 'page  ');
  const other = events.filter(
    (e) =>
      window(e) &&
      e.ph === 'X' &&
      /ServiceWorker|EmbeddedWorker|StartWorker|Extension/i.test(e.name) &&
      (e.dur ?? 0) > 500,
  );
  for (const e of other.slice(0, 20)) {
    console.log(
      `  ${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid} +${ms(e.ts - t0)} ${e.name} ${ms(e.dur)} ms`,
    );
  }
  if (process.env.SAMPLES) topSamples(events, worker, t0, t1);
}

/** The worker's CPU samples between the two stamps, inclusive counts by function. */
function topSamples(events: TraceEvent[], worker: string[], t0: number, t1: number) {
  const nodes = new Map<string, ProfileNode>();
  const samples: { ts: number; node: string }[] = [];
  const clock = new Map<string, number>();
  for (const e of events) {
    if (!worker.some((w) => w.startsWith(`${e.pid}:`))) continue;
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') clock.set(key, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(`${key}:${n.id}`, n);
    let t = clock.get(key) ?? 0;
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node, i) =>
      samples.push({ ts: (t += deltas[i] ?? 0), node: `${key}:${node}` }),
    );
    clock.set(key, t);
  }
  const counts = new Map<string, number>();
  for (const s of samples.filter((s) => s.ts >= t0 - 100_000 && s.ts <= t1)) {
    const prefix = s.node.slice(0, s.node.lastIndexOf(':'));
    const seen = new Set<string>();
    for (
      let n = nodes.get(s.node);
      n;
      n = n.parent === undefined ? undefined : nodes.get(`${prefix}:${n.parent}`)
    ) {
      const f = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber ?? ''}`;
      if (!seen.has(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
      seen.add(f);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`  worker samples: ${top.map(([f, n]) => `${f} ${n}`).join(', ')}`);
}

/** In the worker's longest task: time by event name (nested events counted in each name). */
function totalsInLongest(events: TraceEvent[], key: string, t0: number, t1: number) {
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
  const longest = mine
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= t0 - 100_000 && e.ts <= t1)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!longest) return;
  const end = longest.ts + (longest.dur ?? 0);
  const totals = new Map<string, { ms: number; n: number }>();
  for (const e of mine.filter((e) => e !== longest && e.ts >= longest.ts && e.ts <= end)) {
    const t = totals.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += (e.dur ?? 0) / 1000;
    t.n++;
    totals.set(e.name, t);
  }
  const top = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  console.log(
    `  longest worker task ${ms(longest.dur)} ms: ${top.map(([n, t]) => `${n} ${t.ms.toFixed(1)}/${t.n}`).join(', ')}`,
  );
}
