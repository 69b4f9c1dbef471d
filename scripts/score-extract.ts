/**
 * `npm run score:extract [-- --verbose]`: precision, recall, F1 and field accuracies of
 * extraction on the gold set (test/data/extract-gold). `--verbose` lists misses, false alarms
 * and field mismatches.
 */
import { loadGold, scoreGold } from './lib/gold-score';

const s = scoreGold();
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
const all = loadGold();
for (const file of [...new Set(all.map((t) => t.file))]) {
  const f = scoreGold(all.filter((t) => t.file === file));
  console.log(
    `${file.padEnd(40)} F1 ${f.f1.toFixed(3)}  owner ${pct(f.ownerAccuracy)}  due ${pct(f.dueAccuracy)}  amount ${pct(f.amountAccuracy)}  (${f.messages} messages)`,
  );
}
