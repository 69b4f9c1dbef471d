/**
 * `npm run score:intent [-- --misses N]`: 5-fold cross-validated figures of extraction on the
 * email-intent sentences. Each sentence runs as a one-message thread from a client and counts
 * as an ask when extraction returns a request or meeting that we owe; the intent model used for
 * a sentence was trained without that sentence's fold (plus the gold set's tuning part). The keyword
 * rule runs on the same sentences. Figures at the file's own share of asks and with the asks
 * re-weighted to 25 % and 50 %, since the data we are judged on has another share.
 * `--misses N` prints up to N misses and N false alarms (for finding phrasings, never for
 * pasting sentences into code).
 */
import { extractThread } from '../src/extract/index';
import { isHoldout, loadGold } from './lib/gold-score';
import { foldModels } from './lib/intent-cv';
import { asClientThread, INTENT_FILE, keywordBaseline, loadIntent } from './lib/intent-data';
import { goldExamples, rowExamples } from './lib/intent-examples';
import { weightedFigures, type Figures } from './lib/intent-train';

const rows = loadIntent();
if (!rows) {
  console.error(
    `score:intent: ${INTENT_FILE} not found (it sits beside the repository in shared/data/email-intent).`,
  );
  process.exit(1);
}

process.stderr.write('score:intent: cross-validating the intent model…\n');
// The gold set's held-out part is never trained on, here as in train-intent.ts.
const { fold, models } = foldModels(rowExamples(rows), goldExamples(loadGold().filter((t) => !isHoldout(t))));

const ours = rows.map((r, i) => {
  const found = extractThread(asClientThread(r.text), { model: models[fold[i]!]! }).expectations;
  return {
    ...r,
    predicted: found.some((e) => e.owner === 'us' && (e.kind === 'request' || e.kind === 'meeting')),
  };
});
const base = rows.map((r) => ({ ...r, predicted: keywordBaseline(r.text) }));

const fmt = (s: Figures) =>
  `P ${(s.precision * 100).toFixed(1)}%  R ${(s.recall * 100).toFixed(1)}%  F1 ${s.f1.toFixed(3)}`;

const at = process.argv.indexOf('--misses');
const n = at === -1 ? 0 : Number(process.argv[at + 1] ?? 20);
if (n > 0) {
  for (const r of ours.filter((o) => o.label && !o.predicted).slice(0, n)) console.log(`MISS  ${r.text}`);
  for (const r of ours.filter((o) => !o.label && o.predicted).slice(0, n)) console.log(`FALSE ${r.text}`);
  console.log('');
}
const yes = rows.filter((r) => r.label).length;
console.log(
  `email-intent: ${rows.length} sentences, ${yes} labelled Yes (${((yes / rows.length) * 100).toFixed(0)}%); 5-fold cross-validated`,
);
for (const [name, share] of [
  ['own share of asks', undefined],
  ['asks re-weighted to 25%', 0.25],
  ['asks re-weighted to 50%', 0.5],
] as const) {
  const o = weightedFigures(ours, share);
  const b = weightedFigures(base, share);
  console.log(`\n${name}`);
  console.log(`  extraction (request/meeting we owe)  ${fmt(o)}`);
  console.log(`  baseline: keyword rule               ${fmt(b)}`);
  console.log(`  ratio                                ${(o.f1 / b.f1).toFixed(2)}×`);
}
