/**
 * `npx tsx scripts/trace-heavy-thread.ts`: opens the heavy-thread bench's message (issue 10,
 * item 6) with Accord in real headless Chromium under a Chrome trace and prints, for every task
 * on the page's main thread over MIN_MS (default 25), what ran in it: the trace events inside
 * (Layout, UpdateLayoutTree, RunMicrotasks, FireAnimationFrame…), with the script stack of
 * any forced style or layout, and with SAMPLES=1 the functions the CPU sampler saw most.
 * Tracing slows the page: read the figures as proportions, and take timings from
 * `npm run bench -- heavy-thread`. Uses the e2e build as it is (build it first; for readable
 * function names, build with Vite's `build.minify` off). BENCH_SENTENCES sets the size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serveHost } from '../test/e2e/browser';
import { HEAVY_HASH, heavyPage } from '../test/bench/heavy-thread.bench';
import { gmailScreens, mailboxResponder } from '../test/fixtures/mailbox/mailbox';
import type { ProfileNode, TraceEvent } from './lib/traceEvents';

const MIN_MS = Number(process.env.MIN_MS ?? 25);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'toplevel',
  ...(process.env.SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

async function trace(file: string): Promise<TraceEvent[]> {
  const browser = await launchWithExtension();
  try {
    const screens = [
      ...gmailScreens().filter((s) => s.fixture.includes('inbox-list')),
      { hash: HEAVY_HASH, fixture: file },
    ];
    await serveHost(
      browser.context,
      'https://mail.google.com',
      mailboxResponder(screens, () => 'inbox'),
    );
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('accord-sidebar').waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await page.evaluate((hash) => (location.hash = hash), HEAVY_HASH);
    await page.locator('accord-sidebar .accord[data-state="ready"]').waitFor({ timeout: 120_000 });
    await page.locator('accord-chip').first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await browser.close();
  }
}

/** CPU samples as (time, leaf node), on the trace's clock. */
function samplesOf(events: TraceEvent[]) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const clock = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') clock.set(key, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(n.id, n);
    let t = clock.get(key) ?? 0;
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile.samples ?? []).forEach((node, i) => samples.push({ ts: (t += deltas[i] ?? 0), node }));
    clock.set(key, t);
  }
  const stack = (id: number): string[] => {
    const out: string[] = [];
    for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      out.push(`${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber ?? ''}`);
    }
    return out;
  };
  return { samples, stack };
}

const ms = (us = 0) => (us / 1000).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'accord-trace-'));
const file = join(dir, 'heavy.html');
writeFileSync(file, heavyPage('trace only.'));
try {
  const events = await trace(file);
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.name === 'ThreadControllerImpl::RunTask' &&
      (e.dur ?? 0) > MIN_MS * 1000 &&
      mains.has(`${e.pid}:${e.tid}`),
  );
  const { samples, stack } = samplesOf(events);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\ntask ${ms(task.dur)} ms`);
    const inside = events.filter(
      (e) =>
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ph === 'X' &&
        e !== task &&
        e.ts >= task.ts &&
        e.ts <= end,
    );
    for (const e of inside.filter((e) => (e.dur ?? 0) > 2000)) {
      const frames = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [];
      const forced =
        frames.length > 0
          ? ` forced by ${frames
              .slice(0, 4)
              .map((f) => f.functionName)
              .join(' < ')}`
          : '';
      console.log(`  ${e.name} ${ms(e.dur)} ms${forced}`);
    }
    const counts = new Map<string, number>();
    for (const s of samples.filter((s) => s.ts >= task.ts && s.ts <= end)) {
      for (const f of new Set(stack(s.node))) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
    if (top.length > 0) console.log(`  sampled (inclusive): ${top.map(([f, n]) => `${f} ${n}`).join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
