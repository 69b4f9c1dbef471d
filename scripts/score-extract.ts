/**
 * `npm run score:extract [-- --verbose]`: precision, recall, F1 and field accuracies of
 * extraction on the gold set (test/data/extract-gold), on the tuning part and, separately, on
 * the held-out part (files `zz-holdout-2026-12-*`, written before the rules were last changed
 * and never used to tune them). `--verbose` lists misses, false alarms and field mismatches of
 * the tuning part only; `--verbose-holdout` also lists those of the held-out part.
 */
import { isHoldout, loadGold, scoreGold, type GoldScore, type GoldThread } from './lib/gold-score';

const pct = (n: number) => (n * 100).toFixed(1) + '%';

function details(s: GoldScore): void {
  for (const m of s.misses) console.log(`MISS   ${m.file} ${m.messageId}: ${m.snippet}`);
  for (const f of s.falseAlarms) console.log(`EXTRA  ${f.file} ${f.messageId} [${f.kind}]: ${f.text}`);
  for (const m of s.mismatches)
    console.log(
      `FIELD  ${m.file} ${m.messageId} ${m.field}: gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)} | ${m.text}`,
    );
  console.log('');
}

function report(title: string, threads: GoldThread[], verbose: boolean): void {
  const s = scoreGold(threads);
  if (verbose) details(s);
  console.log(
    `== ${title}: ${s.messages} messages, ${s.gold} expectations, ${s.predicted} predicted, ${s.matched} matched`,
  );
  console.log(`precision       ${pct(s.precision)}`);
  console.log(`recall          ${pct(s.recall)}`);
  console.log(`F1              ${s.f1.toFixed(3)}`);
  console.log(`kind accuracy   ${pct(s.kindAccuracy)}`);
  console.log(`owner accuracy  ${pct(s.ownerAccuracy)}`);
  console.log(`due accuracy    ${pct(s.dueAccuracy)}`);
  console.log(`amount accuracy ${pct(s.amountAccuracy)}`);
  console.log('');
  for (const file of [...new Set(threads.map((t) => t.file))]) {
    const f = scoreGold(threads.filter((t) => t.file === file));
    console.log(
      `  ${file.padEnd(40)} F1 ${f.f1.toFixed(3)}  owner ${pct(f.ownerAccuracy)}  due ${pct(f.dueAccuracy)}  amount ${pct(f.amountAccuracy)}  (${f.messages} messages)`,
    );
  }
  console.log('');
}

const all = loadGold();
const verbose = process.argv.includes('--verbose');
report(
  'tuning part',
  all.filter((t) => !isHoldout(t)),
  verbose,
);
report('held-out part (never tuned on)', all.filter(isHoldout), process.argv.includes('--verbose-holdout'));
