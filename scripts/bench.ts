/**
 * `npm run bench`: runs every test/bench/*.bench.ts (or those named on the command line),
 * prints one table and writes the same figures to bench-results.json.
 * Budgets are checked here, by people reading figures, never by timed assertions in tests.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure, BenchRun } from '../test/bench/types';

const dir = resolve(import.meta.dirname, '../test/bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures: BenchFigure[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: BenchRun };
  process.stderr.write(`running ${file}…\n`);
  figures.push(...(await mod.run()));
}

const width = Math.max(...figures.map((f) => f.name.length), 10);
console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(12)}  unit`);
for (const f of figures) {
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
  console.log(`${f.name.padEnd(width)}  ${value.padStart(12)}  ${f.unit}`);
}
writeFileSync('bench-results.json', JSON.stringify(figures, null, 2) + '\n');
console.log(`\n${figures.length} figures written to bench-results.json`);
