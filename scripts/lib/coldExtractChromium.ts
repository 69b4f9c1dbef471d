/**
 * The same measurement as coldExtractChild.mjs, in headless Chromium: each run starts a new
 * dedicated worker (its own V8 isolate, as a woken service worker has), which loads the
 * bundled extraction and times its first and second extraction of one thread. Chromium's V8
 * is much newer than Node 20's, and its regular expressions and Intl cost differently.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page, type Route } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_ARGS } from '../../test/e2e/browser';

export interface ColdRun {
  loadMs: number;
  firstMs: number;
  secondMs: number;
}

const ORIGIN = 'https://coldx.test';

/** Content type and body of each path a measuring page may load. */
export type PageFiles = Record<string, [contentType: string, body: string]>;

/**
 * Serves `files` at `origin` (a made-up https origin, so workers run as on a real site; nothing
 * reaches the network) and opens its root page.
 */
export async function servePages(page: Page, origin: string, files: PageFiles): Promise<void> {
  await page.route(`${origin}/**`, (route: Route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, contentType: file[0], body: file[1] })
      : route.fulfill({ status: 404 });
  });
  await page.goto(`${origin}/`);
}

/** The worker: answers one message (the host) with the run's times. */
const WORKER = `
self.onmessage = async ({ data: host }) => {
  const input = (await (await fetch('/threads.json')).json())[host];
  const t0 = performance.now();
  const { extractThread, emptyLearning } = await import(self.name);
  const t1 = performance.now();
  extractThread(input, { adjustment: emptyLearning() });
  const t2 = performance.now();
  extractThread(input, { adjustment: emptyLearning() });
  const t3 = performance.now();
  postMessage({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 });
};`;

/**
 * Runs every bundle on every host `runs` times, the bundles taking turns run by run (the
 * shared machine's load drifts by tens of percent within minutes). Results by "host bundle".
 */
export async function measureInChromium(
  bundles: Record<string, string>,
  threadsFile: string,
  hosts: string[],
  runs: number,
  jsFlags: string[] = [],
): Promise<Record<string, ColdRun[]>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...QUIET_CHROMIUM_ARGS, ...(jsFlags.length ? [`--js-flags=${jsFlags.join(' ')}`] : [])],
  });
  const page = await browser.newPage();
  const files: PageFiles = {
    '/': ['text/html', '<!doctype html><title>cold extraction</title>'],
    '/worker.js': ['text/javascript', WORKER],
    ...Object.fromEntries(
      Object.entries(bundles).map(([name, file]) => [
        `/${name}.mjs`,
        ['text/javascript', readFileSync(file, 'utf8')],
      ]),
    ),
    '/threads.json': ['application/json', readFileSync(threadsFile, 'utf8')],
  };
  await servePages(page, ORIGIN, files);
  const out: Record<string, ColdRun[]> = {};
  // One run unrecorded first: the renderer's own first ICU and network set-up is paid once a
  // process, and the extension's process is already up when its worker wakes.
  for (const host of hosts)
    for (let i = -1; i < runs; i++)
      for (const name of Object.keys(bundles)) {
        const run = await page.evaluate(
          ([h, module]) =>
            new Promise<ColdRun>((resolve, reject) => {
              const w = new Worker('/worker.js', { type: 'module', name: module });
              w.onmessage = (e) => {
                w.terminate();
                resolve(e.data as ColdRun);
              };
              w.onerror = (e) => reject(new Error(e.message));
              w.postMessage(h);
            }),
          [host, `/${name}.mjs`],
        );
        if (i >= 0) (out[`${host} ${name}`] ??= []).push(run);
      }
  await browser.close();
  return out;
}
