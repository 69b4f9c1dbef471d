/**
 * `npm run train:commitment`: trains the commitment model (obligation or status?) from the
 * hand-labelled sentences in test/data/commitment/labels.tsv and the deliverables extraction
 * offers on the gold set's tuning part, and writes src/extract/model/commitment-weights.json
 * with the data's sha256, the settings, the nested cross-validated figures and the threshold.
 * Deterministic: fixed fold seed, no sampling. The held-out part of the gold set is never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  COMMITMENT_LABELS,
  commitmentRowExamples,
  goldCommitmentCandidates,
  goldCommitmentExamples,
  loadCommitmentRows,
} from './lib/commitment-examples';
import { fitCommitment, fitCommitmentWith } from './lib/commitment-train';
import { isHoldout, loadGold } from './lib/gold-score';
import { assignFolds, DEFAULT_SETTINGS, logitOf, sha256, type Example } from './lib/intent-train';
import { shippedWeights, tuningGoldFiles } from './lib/weights-file';

const OUT = resolve(import.meta.dirname, '../src/extract/model/commitment-weights.json');

const rows = loadCommitmentRows();
const gold = loadGold().filter((t) => !isHoldout(t));
const { files: goldFiles, sha256: goldHash } = tuningGoldFiles();

const rowEx = commitmentRowExamples(rows);
const goldEx = goldCommitmentExamples(goldCommitmentCandidates(gold));
const examples: Example[] = [...rowEx, ...goldEx];
const s = DEFAULT_SETTINGS;

process.stderr.write(
  `train:commitment: ${rowEx.length} labelled sentences, ${goldEx.length} gold commitments; nested ${s.folds}-fold cross-validation…\n`,
);
const outer = assignFolds(examples, s.folds, s.seed);
const withdrawn = new Array<boolean>(examples.length).fill(false);
const chosen: { lambda: number; statusBelow: number }[] = [];
for (let k = 0; k < s.folds; k++) {
  const model = fitCommitment(
    examples.filter((_, i) => outer[i] !== k),
    s,
  );
  chosen.push({
    lambda: model.lambda,
    statusBelow: Number.isFinite(model.statusBelow) ? model.statusBelow : -1000,
  });
  const fitted = { bias: model.bias, weights: new Map(Object.entries(model.weights)) };
  examples.forEach((e, i) => {
    if (outer[i] === k) withdrawn[i] = logitOf(fitted, e.features) < model.statusBelow;
  });
  process.stderr.write(
    `  fold ${k + 1}/${s.folds}: lambda ${model.lambda}, status below ${model.statusBelow}\n`,
  );
}

const round = (n: number) => Math.round(n * 1000) / 1000;
function figuresOn(from: number, to: number) {
  let statusWithdrawn = 0;
  let obligationsWithdrawn = 0;
  let status = 0;
  let obligations = 0;
  for (let i = from; i < to; i++) {
    const label = examples[i]!.label;
    if (label) obligations++;
    else status++;
    if (withdrawn[i] && label) obligationsWithdrawn++;
    if (withdrawn[i] && !label) statusWithdrawn++;
  }
  return {
    obligations,
    status,
    statusWithdrawn,
    obligationsWithdrawn,
    /** Share of the status clauses the model withdraws. */
    statusRecall: round(statusWithdrawn / Math.max(1, status)),
    /** Share of withdrawn clauses that really were status. */
    withdrawalPrecision: round(statusWithdrawn / Math.max(1, statusWithdrawn + obligationsWithdrawn)),
  };
}

// The shipped model takes the lambda and threshold the outer folds chose (their median), so it is
// the model whose nested cross-validated figures are reported below. Choosing them afresh on all
// the data once gave a threshold no outer fold had chosen (-0.5 where all five chose -1), and that
// model withdrew plain promises ("We can send the drawings on Thursday").
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
process.stderr.write('  final model…\n');
const final = fitCommitmentWith(
  examples,
  median(chosen.map((c) => c.lambda)),
  median(chosen.map((c) => c.statusBelow)),
  s,
);
const weights = shippedWeights(Object.entries(final.weights));

const out = {
  about:
    'Commitment model: does a clause the rules read as a commitment oblige one side to the other (or only report status)? Written by npm run train:commitment; do not edit by hand.',
  data: {
    labelled: {
      file: 'test/data/commitment/labels.tsv',
      sha256: sha256(readFileSync(COMMITMENT_LABELS, 'utf8')),
      rows: rows.length,
      used: rowEx.length,
    },
    gold: {
      dir: 'test/data/extract-gold',
      sha256: goldHash,
      files: goldFiles.length,
      commitments: goldEx.length,
    },
  },
  settings: {
    ...s,
    features: 'the intent model features (features.ts)',
    classWeights: 'balanced',
    lambda: final.lambda,
    outer: chosen,
  },
  crossValidated: {
    note: 'Nested 5-fold cross-validation (lambda and threshold chosen inside each outer training part); a clause is withdrawn when its out-of-fold score is below its fold threshold.',
    labelled: figuresOn(0, rowEx.length),
    gold: figuresOn(rowEx.length, examples.length),
  },
  // JSON has no -Infinity: a model that withdraws nothing carries a threshold no score reaches.
  statusBelow: Number.isFinite(final.statusBelow) ? final.statusBelow : -1000,
  bias: Math.round(final.bias * 10000) / 10000,
  weights,
};
const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(JSON.stringify(out), { ...options, filepath: OUT }));
console.log(JSON.stringify({ ...out, weights: `${Object.keys(weights).length} weights` }, null, 2));
