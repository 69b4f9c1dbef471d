/**
 * Content script budgets: JS + CSS ≤ 40 KB gzipped for each host (Gmail: issue #2;
 * Outlook on the web: issue #8). Measured on the production build, so this benchmark
 * builds first.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRun } from './types';

const OUTPUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export const run: BenchRun = async () => {
  execSync('npx wxt build', { stdio: 'ignore' });
  const dir = join(OUTPUT, 'content-scripts');
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024;
  const figures = ['gmail', 'outlook'].flatMap((host) => {
    const files = readdirSync(dir).filter((f) => f.startsWith(`${host}.`));
    const js = files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
    const css = files.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
    return [
      { name: `${host} content script JS (gzip)`, value: js, unit: 'KB' },
      { name: `${host} content script CSS (gzip)`, value: css, unit: 'KB' },
      { name: `${host} content script total (gzip, budget 40)`, value: js + css, unit: 'KB' },
    ];
  });
  const worker = gzipSync(readFileSync(join(OUTPUT, 'background.js')), { level: 9 }).length / 1024;
  return [...figures, { name: 'background worker JS (gzip)', value: worker, unit: 'KB' }];
};
