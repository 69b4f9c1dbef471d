/**
 * Serves the bundled ledger page from 127.0.0.1 (IndexedDB needs a real origin) and opens
 * it in headless Chromium with a profile on disk, so IndexedDB is the real on-disk one
 * (an in-memory incognito profile would flatter the figures).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_ARGS as ARGS } from '../../e2e/browser';

export interface LedgerPage {
  page: Page;
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** `entry`: the page's script; another bench's page may import page.ts and add its own. */
export async function openLedgerPage(entry = resolve(import.meta.dirname, 'page.ts')): Promise<LedgerPage> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/ledger.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><script src="/ledger.js"></script>');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/`;

  const profile = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  // Nothing but our own server.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(url) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => 'accordBench' in globalThis);
  return {
    page,
    url,
    context,
    async close() {
      await context.close();
      await closeServer(server);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
