/**
 * `npm run score:extract [-- --verbose]`: precision, recall, F1 and field accuracies of
 * extraction on the gold set (test/data/extract-gold), 5-fold cross-validated by thread: each
 * thread is read with an intent model trained without its fold (and on all email-intent
 * sentences). `--verbose` lists misses, false alarms and field mismatches.
 */
import { extractThread } from '../src/extract/index';
import { goldGroup, goldExamples } from './lib/intent-examples';
import { foldModels } from './lib/intent-cv';
import { loadIntent } from './lib/intent-data';
import { loadGold, scoreGold, type GoldThread } from './lib/gold-score';
import { rowExamples } from './lib/intent-examples';

const all = loadGold();
process.stderr.write('score:extract: cross-validating the intent model by thread…\n');
// One example per thread carries its fold (assignFolds deals whole groups); the sentences of
// the other folds train each fold's model.
const goldEx = goldExamples(all);
const { fold, models } = foldModels(goldEx, rowExamples(loadIntent() ?? []));
const foldOfGroup = new Map(goldEx.map((e, i) => [e.group, fold[i]!]));
const modelOf = new Map<GoldThread, (typeof models)[number]>();
all.forEach((t, i) => {
  const k = foldOfGroup.get(goldGroup(t, i));
  // A thread with no sentence of its own (cannot happen with real threads) uses fold 0's model.
  modelOf.set(t, models[k ?? 0]!);
});
const cv = (threads: GoldThread[]) =>
  scoreGold(threads, (t) => extractThread(t.thread, { model: modelOf.get(t)! }));

const s = cv(all);
const pct = (n: number) => (n * 100).toFixed(1) + '%';
if (process.argv.includes('--verbose')) {
  for (const m of s.misses) console.log(`MISS   ${m.file} ${m.messageId}: ${m.snippet}`);
  for (const f of s.falseAlarms) console.log(`EXTRA  ${f.file} ${f.messageId} [${f.kind}]: ${f.text}`);
  for (const m of s.mismatches)
    console.log(
      `FIELD  ${m.file} ${m.messageId} ${m.field}: gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)} | ${m.text}`,
    );
  console.log('');
}
console.log(
  `gold set: ${s.messages} messages, ${s.gold} expectations, ${s.predicted} predicted, ${s.matched} matched`,
);
console.log(`precision       ${pct(s.precision)}`);
console.log(`recall          ${pct(s.recall)}`);
console.log(`F1              ${s.f1.toFixed(3)}`);
console.log(`kind accuracy   ${pct(s.kindAccuracy)}`);
console.log(`owner accuracy  ${pct(s.ownerAccuracy)}`);
console.log(`due accuracy    ${pct(s.dueAccuracy)}`);
console.log(`amount accuracy ${pct(s.amountAccuracy)}`);

// Per file: the holdout file was written after tuning stopped, so its line is the honest estimate.
console.log('');
for (const file of [...new Set(all.map((t) => t.file))]) {
  const f = cv(all.filter((t) => t.file === file));
  console.log(
    `${file.padEnd(40)} F1 ${f.f1.toFixed(3)}  owner ${pct(f.ownerAccuracy)}  due ${pct(f.dueAccuracy)}  amount ${pct(f.amountAccuracy)}  (${f.messages} messages)`,
  );
}
