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
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { readGmailIdentity, readGmailThread } from '../src/mail/gmail';
import { readOutlookAccount, readOutlookThread } from '../src/mail/outlook';
import { identityFrom } from '../src/worker/identity';
import { DEFAULT_SETTINGS } from '../src/ledger/settings';
import { fixtureUrl, loadFixture } from '../test/fixtures/gmail';
import { loadOutlookFixture, outlookFixtureUrl } from '../test/fixtures/outlook';
import { VITE_ALIASES } from './viteAliases';
import { measureInChromium, type ColdRun } from './lib/coldExtractChromium';
import type { ExtractionInput } from '../src/extract';
import { LOCAL_ZONE } from '../src/extract/localZone';
import type { Thread } from '../src/core';

const RUNS = Number(process.argv[2] ?? 15);
const OUT = '/tmp/coldx-measure';
const here = import.meta.dirname;

/** The adapters use the DOM's globals (Node, NodeFilter…): happy-dom's, as in the unit tests. */
const window = new Window();
for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text'])
  (globalThis as Record<string, unknown>)[name] ??= (window as unknown as Record<string, unknown>)[name];

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The input the worker builds in `thread.open` for a new user (default settings). */
function workerInput(thread: Thread, account: string | null): ExtractionInput {
  return {
    self: identityFrom(account, DEFAULT_SETTINGS),
    timeZone: process.env.ZONE || LOCAL_ZONE,
    subject: thread.subject,
    messages: thread.messages,
  };
}

function threads(): Record<string, ExtractionInput> {
  const gmailDoc = parse(loadFixture('long-20-messages.html'));
  const gmail = readGmailThread(gmailDoc, { href: fixtureUrl('long-20-messages.html') });
  const outlookDoc = parse(loadOutlookFixture('long-conversation.html'));
  const outlook = readOutlookThread(outlookDoc, { href: outlookFixtureUrl('long-conversation.html') });
  if (!gmail.ok || !outlook.ok) throw new Error('a bench fixture did not read');
  return {
    gmail: workerInput(gmail.thread, readGmailIdentity(gmailDoc).email),
    outlook: workerInput(outlook.thread, readOutlookAccount(outlookDoc)),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fmt = (xs: number[]) =>
  `${median(xs).toFixed(1).padStart(6)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

mkdirSync(OUT, { recursive: true });
const threadsFile = join(OUT, 'threads.json');
writeFileSync(threadsFile, JSON.stringify(threads()));
const bundle = join(OUT, 'extract.mjs');
await build({
  entryPoints: [join(here, 'lib/coldExtractEntry.ts')],
  bundle: true,
  minify: !process.env.READABLE,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  alias: VITE_ALIASES,
  outfile: bundle,
  logLevel: 'warning',
});
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
