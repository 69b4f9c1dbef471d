/**
 * `npm run gen:gates`: reads, for every pattern of the rules (src/extract/patternGroups.ts),
 * the literals every match of it contains (src/extract/literalGate.ts) and writes them to
 * src/extract/patternGates.json with a hash of the pattern, for patternGates.ts to gate it.
 * Run it after changing patterns; test/unit/extract/pattern-gates.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { gateEntries } from '../src/extract/literalGate';
import { PATTERN_GROUPS } from '../src/extract/patternGroups';

const entries = gateEntries(PATTERN_GROUPS);
const out = resolve(import.meta.dirname, '../src/extract/patternGates.json');
const options = (await resolveConfig(out)) ?? {};
writeFileSync(out, await format(JSON.stringify(entries), { ...options, parser: 'json' }));
console.log(`${Object.keys(entries).length} gates written to ${out}`);
