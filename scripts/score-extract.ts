/**
 * `npm run score:extract [-- --verbose | --verbose-holdout]`: precision, recall, F1 and field
 * accuracies of extraction on the gold set (test/data/extract-gold), in two parts:
 * - the tuning part (the rules were tuned on it): 5-fold cross-validated by thread, each thread
 *   read with intent, commitment and obligation models trained without its fold (the intent
 *   model also on all email-intent sentences);
 * - the held-out part (files `zz-holdout-2026-12-31-*`, written before the rules were last changed,
 *   never used to tune them and never used to train the model): read with the shipped model,
 *   which `npm run train:intent` trains on the tuning part and the email-intent sentences only.
 * `--verbose` lists misses, false alarms and field mismatches of the tuning part;
 * `--verbose-holdout` those of the held-out part.
 * `--fast` reads the tuning part with the shipped models instead of cross-validating them: a few
 * seconds instead of a minute, for iterating on the rules. Its figures are optimistic (the shipped
 * models were trained on those threads) and are never the ones to report.
 * `--next-part` scores only the next blind part waiting in test/data/extract-gold-next, with the
 * shipped models, as totals and per file (never its misses): run once at the end of a round, it
 * is a second sample the rules were never tuned on, beside the held-out part.
 */
import { resolve } from 'node:path';
import { extractThread } from '../src/extract/index';
import type { CommitmentModel } from '../src/extract/model/commitmentModel';
import type { ObligationModel } from '../src/extract/model/obligationModel';
import {
  commitmentRowExamples,
  goldCommitmentCandidates,
  goldCommitmentExamples,
  loadCommitmentRows,
} from './lib/commitment-examples';
import { fitCommitment } from './lib/commitment-train';
import { isHoldout, loadGold, scoreGold, type GoldScore, type GoldThread } from './lib/gold-score';
import { foldModels } from './lib/intent-cv';
import { loadIntent } from './lib/intent-data';
import { goldExamples, goldGroup, rowExamples } from './lib/intent-examples';
import { goldObligationExamples } from './lib/obligation-examples';
import { fitObligation } from './lib/obligation-train';

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

function report(
  title: string,
  threads: GoldThread[],
  score: (ts: GoldThread[]) => GoldScore,
  verbose: boolean,
) {
  const s = score(threads);
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
    const f = score(threads.filter((t) => t.file === file));
    console.log(
      `  ${file.padEnd(40)} F1 ${f.f1.toFixed(3)}  owner ${pct(f.ownerAccuracy)}  due ${pct(f.dueAccuracy)}  amount ${pct(f.amountAccuracy)}  (${f.messages} messages)`,
    );
  }
  console.log('');
}

if (process.argv.includes('--next-part')) {
  const next = loadGold(resolve(import.meta.dirname, '../test/data/extract-gold-next'));
  report(
    'next blind part (never tuned on, never trained on; shipped model)',
    next,
    (ts) => scoreGold(ts),
    false,
  );
  process.exit(0);
}

const all = loadGold();
const tuning = all.filter((t) => !isHoldout(t));
const heldOut = all.filter(isHoldout);

const fast = process.argv.includes('--fast');
if (fast) {
  report(
    'tuning part, --fast: shipped models, which were trained on it (optimistic; never report these)',
    tuning,
    (ts) => scoreGold(ts),
    process.argv.includes('--verbose'),
  );
} else {
  reportCrossValidated();
}

/** The tuning part with both models 5-fold cross-validated by thread: the figures to report. */
function reportCrossValidated(): void {
  process.stderr.write('score:extract: cross-validating the intent model by thread on the tuning part…\n');
  // Whole threads are dealt to folds; each fold's model is trained on the other folds' sentences.
  const goldEx = goldExamples(tuning);
  const { fold, models } = foldModels(goldEx, rowExamples(loadIntent() ?? []));
  const foldOfGroup = new Map(goldEx.map((e, i) => [e.group, fold[i]!]));
  const modelOf = new Map<GoldThread, (typeof models)[number]>();
  tuning.forEach((t, i) => modelOf.set(t, models[foldOfGroup.get(goldGroup(t, i)) ?? 0]!));
  // The commitment model too: each fold's is trained on the labelled sentences and the other
  // folds' gold commitments.
  process.stderr.write('score:extract: cross-validating the commitment model by thread…\n');
  const commitmentRows = commitmentRowExamples(loadCommitmentRows());
  const candidates = goldCommitmentCandidates(tuning);
  const commitmentModels: CommitmentModel[] = models.map((_, k) =>
    fitCommitment([
      ...commitmentRows,
      ...goldCommitmentExamples(candidates.filter((c) => foldOfGroup.get(c.group) !== k)),
    ]),
  );
  const commitmentOf = new Map<GoldThread, CommitmentModel>();
  tuning.forEach((t, i) => commitmentOf.set(t, commitmentModels[foldOfGroup.get(goldGroup(t, i)) ?? 0]!));
  // And the obligation model: each fold's is trained on the other folds' gold sentences.
  process.stderr.write('score:extract: cross-validating the obligation model by thread…\n');
  const obligationEx = goldObligationExamples(tuning);
  const obligationModels: ObligationModel[] = models.map((_, k) =>
    fitObligation(obligationEx.filter((e) => foldOfGroup.get(e.group) !== k)),
  );
  const obligationOf = new Map<GoldThread, ObligationModel>();
  tuning.forEach((t, i) => obligationOf.set(t, obligationModels[foldOfGroup.get(goldGroup(t, i)) ?? 0]!));

  report(
    'tuning part (rules tuned on it; intent, commitment and obligation models 5-fold cross-validated by thread)',
    tuning,
    (ts) =>
      scoreGold(ts, (t) =>
        extractThread(t.thread, {
          model: modelOf.get(t)!,
          commitment: commitmentOf.get(t)!,
          obligation: obligationOf.get(t)!,
        }),
      ),
    process.argv.includes('--verbose'),
  );
}

report(
  'held-out part (never tuned on, never trained on; shipped model)',
  heldOut,
  (ts) => scoreGold(ts),
  process.argv.includes('--verbose-holdout'),
);
