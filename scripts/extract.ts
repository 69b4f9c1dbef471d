/**
 * `npm run -s extract -- FILE`: reads one thread or an array of threads (JSON, format in
 * docs/extract.md) and prints `{ expectations, signals }` (or an array of them) on stdout.
 * Exit codes: 0 ok, 1 bad input (message names the problem and its JSON path), 2 usage.
 */
import { readFileSync } from 'node:fs';
import { extractThread } from '../src/extract/index';
import { parseExtractionInput } from '../src/extract/input-schema';

function fail(code: number, message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

const file = process.argv.slice(2).find((a) => a !== '--');
if (!file) fail(2, 'usage: npm run -s extract -- FILE.json');

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (e) {
  fail(1, `cannot read ${file}: ${(e as Error).message}`);
}

let data: unknown;
try {
  data = JSON.parse(raw);
} catch (e) {
  fail(1, `${file} is not JSON: ${(e as Error).message}`);
}

const parsed = parseExtractionInput(data);
if (!parsed.ok) fail(1, `${file} is not a valid thread:\n  ${parsed.errors.join('\n  ')}`);

const results = parsed.threads.map((t) => extractThread(t));
process.stdout.write(JSON.stringify(parsed.single ? results[0] : results, null, 2) + '\n');
