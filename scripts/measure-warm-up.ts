/**
 * How well the offscreen document's made-up warm-up thread (src/offscreen/warmUpThread.ts)
 * warms extraction for real mail. In headless Chromium, each run a new dedicated worker (a
 * fresh V8 isolate, as the document's worker is when made) loads the bundled extraction and
 * times one thread's extraction:
 *   cold     its first extraction in the isolate (what a cold worker pays);
 *   warm-up  after the warm-up thread was extracted there (the document made at page start);
 *   same     after the same thread was extracted there (the best case: every pattern it runs
 *            compiled; the document made by that thread's own first open).
 * Threads: the bench's two (Gmail's 20 messages, Outlook's 12) and the first thread of every
 * fourth file of the gold corpus (test/data/extract-gold), none of them the warm-up's text.
 * The three modes take turns run by run. Prints medians and ranges by thread.
 *
 *   npx tsx scripts/measure-warm-up.ts [runs=10]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_ARGS } from '../test/e2e/browser';
import { benchThreads, bundleExtraction } from './lib/benchThreads';
import { servePages, type PageFiles } from './lib/coldExtractChromium';
import { WARM_UP_INPUT } from '../src/offscreen/warmUpThread';
import type { ExtractionInput } from '../src/extract';
import { LOCAL_ZONE } from '../src/extract/localZone';

const RUNS = Number(process.argv[2] ?? 10);
const OUT = '/tmp/warm-up-measure';
const ORIGIN = 'https://warmup.test';
const GOLD = join(import.meta.dirname, '../test/data/extract-gold');
const MODES = ['cold', 'warm-up', 'same'] as const;

function goldThreads(): Record<string, ExtractionInput> {
  const files = readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .filter((_, i) => i % 4 === 0);
  return Object.fromEntries(
    files.map((f) => {
      const c = (JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as ExtractionInput[])[0]!;
      // The worker's zone for a user who set none, as for the bench's threads.
      return [
        f.replace('.json', ''),
        { self: c.self, timeZone: LOCAL_ZONE, subject: c.subject, messages: c.messages },
      ];
    }),
  );
}

const WORKER = `
self.onmessage = async ({ data: { mode, target } }) => {
  const threads = await (await fetch('/threads.json')).json();
  const { extractThread, emptyLearning } = await import('/extract.mjs');
  const learning = { adjustment: emptyLearning() };
  const before = mode === 'warm-up' ? threads['warm-up'] : mode === 'same' ? threads[target] : null;
  const t0 = performance.now();
  if (before) extractThread(before, learning);
  const t1 = performance.now();
  extractThread(threads[target], learning);
  const t2 = performance.now();
  postMessage({ beforeMs: t1 - t0, ms: t2 - t1 });
};`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const fmt = (xs: number[]) =>
  `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

mkdirSync(OUT, { recursive: true });
const targets = { ...benchThreads(), ...goldThreads() };
writeFileSync(join(OUT, 'threads.json'), JSON.stringify({ ...targets, 'warm-up': WARM_UP_INPUT }));
await bundleExtraction(join(OUT, 'extract.mjs'));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_CHROMIUM_ARGS });
const page = await browser.newPage();
const files: PageFiles = {
  '/': ['text/html', '<!doctype html><title>warm-up</title>'],
  '/worker.js': ['text/javascript', WORKER],
  '/extract.mjs': ['text/javascript', readFileSync(join(OUT, 'extract.mjs'), 'utf8')],
  '/threads.json': ['application/json', readFileSync(join(OUT, 'threads.json'), 'utf8')],
};
await servePages(page, ORIGIN, files);

const inWorker = (mode: string, target: string) =>
  page.evaluate(
    ([m, t]) =>
      new Promise<{ beforeMs: number; ms: number }>((resolve, reject) => {
        const w = new Worker('/worker.js', { type: 'module' });
        w.onmessage = (e) => (w.terminate(), resolve(e.data));
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ mode: m, target: t });
      }),
    [mode, target] as const,
  );

const found: Record<string, Record<string, number[]>> = {};
const warmUpMs: number[] = [];
// One unrecorded run first: the renderer's first ICU and network set-up is paid once a process.
await inWorker('cold', 'gmail');
for (const target of Object.keys(targets)) {
  for (let i = 0; i < RUNS; i++)
    for (const mode of MODES) {
      const r = await inWorker(mode, target);
      ((found[target] ??= {})[mode] ??= []).push(r.ms);
      if (mode === 'warm-up') warmUpMs.push(r.beforeMs);
    }
  const f = found[target]!;
  console.log(
    `${target.padEnd(34)} cold ${fmt(f.cold!)}  after warm-up ${fmt(f['warm-up']!)}  after itself ${fmt(f.same!)}  ms`,
  );
}
console.log(
  `warm-up thread itself, first in the isolate: ${fmt(warmUpMs)} ms over ${warmUpMs.length} isolates`,
);
await browser.close();
