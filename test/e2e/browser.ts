/**
 * Real headless Chromium with the built extension loaded (GUIDE.md §2). Every request
 * leaves through routes: the mail host and calendar APIs are answered from local
 * fixtures, anything else is aborted, so nothing in a test reaches the internet.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/**
 * Two builds of the same code. `production` (`wxt build`) is what users get: the sidebar's
 * shadow root is closed, so Playwright cannot read into it. `e2e` (`wxt build --mode e2e`,
 * built by test/e2e/globalSetup.ts before every e2e run) differs only in leaving that root
 * open, so the suite can read the panel with locators; test/e2e/closed-sidebar.e2e.ts runs
 * the production build and proves the root closed to the page.
 */
export const EXTENSION_DIRS = {
  production: resolve(import.meta.dirname, '../../.output/chrome-mv3'),
  e2e: resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e'),
} as const;
export type ExtensionBuild = keyof typeof EXTENSION_DIRS;

/**
 * Builds one of them. NODE_ENV=production keeps the e2e build's code the production code
 * (WXT would otherwise treat a custom mode as development: dev JSX, bigger bundle).
 */
export function buildExtension(build: ExtensionBuild, stdio: 'ignore' | 'inherit' = 'ignore'): void {
  execSync(build === 'e2e' ? 'npx wxt build --mode e2e' : 'npx wxt build', {
    stdio,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
export const CHROMIUM = process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** True (the default) aborts every request no route answers: tests never reach the internet. */
  offline?: boolean;
  /** False launches the same browser without Accord, for baselines. */
  extension?: boolean;
  /** A profile directory to reuse (a browser restart); the caller removes it. Default: a fresh one. */
  profile?: string;
  /** Which build to load (see EXTENSION_DIRS); the e2e build by default. */
  build?: ExtensionBuild;
}

/** Headless Chromium kept quiet: no sandbox (containers), no GPU, no network of its own, no QUIC. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const extensionDir = EXTENSION_DIRS[options.build ?? 'e2e'];
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'accord-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    // Playwright adds --disable-extensions by default; with it a reloaded extension stays off.
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  if (options.offline ?? true) {
    // Registered first, so it is matched last: only what no fixture route answers is aborted.
    // Only web requests: the extension's own pages (chrome-extension:) load as usual.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('blockedbyclient'),
    );
  }
  const first = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  const extensionId = first ? new URL(first.url()).host : '';
  return {
    context,
    extensionId,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      return live ?? context.waitForEvent('serviceworker');
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Answers every request to a host with the page `pageFor(url)` returns (or 404). */
export async function serveHost(
  context: BrowserContext,
  origin: string,
  pageFor: (url: URL) => string | null,
): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const body = pageFor(new URL(route.request().url()));
    return body === null
      ? route.fulfill({ status: 404, body: 'not in fixtures' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
