/**
 * The first extraction in a fresh isolate, as a cold worker runs it for `thread.open`.
 *
 * Reads the bench's threads (Gmail's 20 messages, Outlook's 12) from their fixtures as the
 * content script does, bundles the extraction as the extension build does (esbuild, minified,
 * one ES module), then in RUNS fresh node processes times: loading the bundle, the first
 * extraction, and a second one of the same thread. Prints medians and ranges.
 *
 *   npx tsx scripts/measure-cold-extract.ts [runs=15]
 *   PROFILE=1 …  also writes a CPU profile of one fresh process per host to /tmp/coldx-measure/prof/
 *   CHROMIUM=1 …  in fresh dedicated workers of headless Chromium instead (coldExtractChromium.ts);
 *     with BASE=<a bundle saved from an earlier tree> beside this tree's, taking turns
 *   ZONE=Europe/Paris …  extracts in that zone instead of LOCAL_ZONE (the worker's default);
 *     give one (ZONE=UTC) when BASE is a bundle from before LOCAL_ZONE existed
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureInChromium, type ColdRun } from './lib/coldExtractChromium';
import { benchThreads, bundleExtraction } from './lib/benchThreads';
import { LOCAL_ZONE } from '../src/extract/localZone';

const RUNS = Number(process.argv[2] ?? 15);
const OUT = '/tmp/coldx-measure';
const here = import.meta.dirname;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fmt = (xs: number[]) =>
  `${median(xs).toFixed(1).padStart(6)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

mkdirSync(OUT, { recursive: true });
const threadsFile = join(OUT, 'threads.json');
writeFileSync(threadsFile, JSON.stringify(benchThreads(process.env.ZONE || LOCAL_ZONE)));
const bundle = join(OUT, 'extract.mjs');
await bundleExtraction(bundle);
const child = resolve(here, 'lib/coldExtractChild.mjs');
const report = (host: string, where: string, runs: ColdRun[]) =>
  console.log(
    `${(host + ' ' + where).padEnd(16)} load ${fmt(runs.map((r) => r.loadMs))}  first ${fmt(runs.map((r) => r.firstMs))}` +
      `  second ${fmt(runs.map((r) => r.secondMs))}  ms, ${runs.length} fresh isolates`,
  );

if (process.env.CHROMIUM) {
  const flags = process.env.JS_FLAGS ? process.env.JS_FLAGS.split(' ') : [];
  // BASE=<an earlier bundle>: measured beside this tree's, taking turns.
  const bundles = { ...(process.env.BASE ? { base: process.env.BASE } : {}), tree: bundle };
  const found = await measureInChromium(bundles, threadsFile, ['gmail', 'outlook'], RUNS, flags);
  for (const [name, runs] of Object.entries(found)) report(name, 'chromium', runs);
  process.exit(0);
}

for (const host of ['gmail', 'outlook']) {
  const runs: ColdRun[] = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(JSON.parse(execFileSync('node', [child, bundle, threadsFile, host], { encoding: 'utf8' })));
  report(host, 'node', runs);
  if (process.env.PROFILE) {
    const dir = join(OUT, 'prof');
    mkdirSync(dir, { recursive: true });
    execFileSync('node', [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      `--cpu-prof-name=${host}.cpuprofile`,
      '--cpu-prof-interval=100',
      child,
      bundle,
      threadsFile,
      host,
    ]);
    console.log(`  profile: ${join(dir, host + '.cpuprofile')}`);
  }
}
