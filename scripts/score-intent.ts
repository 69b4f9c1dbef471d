/**
 * `npm run score:intent [-- --misses N]`: runs every sentence of the email-intent file as a
 * one-message thread from a client and scores "at least one expectation" against its `Yes`
 * label, beside the keyword-rule baseline computed in the same run. `--misses N` prints up to N
 * misses and N false alarms (for finding phrasings, never for pasting sentences into code).
 */
import { extractThread } from '../src/extract/index';
import { asClientThread, INTENT_FILE, keywordBaseline, loadIntent, prf, type Prf } from './lib/intent-data';

const rows = loadIntent();
if (!rows) {
  console.error(
    `score:intent: ${INTENT_FILE} not found (it sits beside the repository in shared/data/email-intent).`,
  );
  process.exit(1);
}

const ours = rows.map((r) => ({
  ...r,
  predicted: extractThread(asClientThread(r.text)).expectations.length > 0,
}));
const base = rows.map((r) => ({ ...r, predicted: keywordBaseline(r.text) }));

const line = (name: string, s: Prf) =>
  `${name.padEnd(28)} P ${(s.precision * 100).toFixed(1)}%  R ${(s.recall * 100).toFixed(1)}%  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const at = process.argv.indexOf('--misses');
const n = at === -1 ? 0 : Number(process.argv[at + 1] ?? 20);
if (n > 0) {
  for (const r of ours.filter((o) => o.label && !o.predicted).slice(0, n)) console.log(`MISS  ${r.text}`);
  for (const r of ours.filter((o) => !o.label && o.predicted).slice(0, n)) console.log(`FALSE ${r.text}`);
  console.log('');
}
console.log(`email-intent: ${rows.length} sentences, ${rows.filter((r) => r.label).length} labelled Yes`);
console.log(line('extract (≥1 expectation)', prf(ours)));
console.log(line('baseline: keyword rule', prf(base)));
