// One fresh process of scripts/measure-cold-extract.ts: loads the bundled extraction, then
// times its first and second extraction of one thread. Prints one JSON line.
// Usage: node coldExtractChild.mjs <bundle.mjs> <threads.json> <host>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, threadsFile, host] = process.argv.slice(2);
const input = JSON.parse(readFileSync(threadsFile, 'utf8'))[host];
const t0 = performance.now();
const { extractThread, emptyLearning } = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
const first = extractThread(input, { adjustment: emptyLearning() });
const t2 = performance.now();
extractThread(input, { adjustment: emptyLearning() });
const t3 = performance.now();
console.log(
  JSON.stringify({
    loadMs: t1 - t0,
    firstMs: t2 - t1,
    secondMs: t3 - t2,
    expectations: first.expectations.length,
    signals: first.signals.length,
  }),
);
