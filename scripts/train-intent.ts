/**
 * `npm run train:intent`: trains the intent model from the email-intent sentences and the gold
 * set's tuning part, and writes src/extract/model/intent-weights.json with the data's sha256, the settings,
 * the nested cross-validated figures and the calibration. Deterministic: inputs are read in
 * sorted order, folds come from a fixed seed, and the optimiser samples nothing, so the same
 * data gives the same file. Retraining on a bigger gold set is this one command.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { MAYBE_BELOW } from '../src/core/confidence';
import { isHoldout, loadGold } from './lib/gold-score';
import { INTENT_FILE, keywordBaseline, loadIntent } from './lib/intent-data';
import { goldExamples, goldSentences, rowExamples } from './lib/intent-examples';
import {
  assignFolds,
  INTENT_SETTINGS,
  fitWithInnerCv,
  logitOf,
  plattScale,
  sha256,
  weightedFigures,
  type Example,
  type Figures,
} from './lib/intent-train';
import { shippedWeights, tuningGoldFiles } from './lib/weights-file';

const OUT = resolve(import.meta.dirname, '../src/extract/model/intent-weights.json');

const rows = loadIntent();
if (!rows) {
  console.error(
    `train:intent: ${INTENT_FILE} not found (it sits beside the repository in shared/data/email-intent).`,
  );
  process.exit(1);
}
// The gold set's held-out part (zz-holdout-2026-12-31-*) is never trained on: score:extract reads
// it with this model, so it stays data the model has not seen.
const gold = loadGold().filter((t) => !isHoldout(t));
const { files: goldFiles, sha256: goldHash } = tuningGoldFiles();

const tsv = rowExamples(rows);
const goldEx = goldExamples(gold);
const texts = [...rows.map((r) => r.text), ...goldSentences(gold).map((s) => s.text)];
const examples: Example[] = [...tsv, ...goldEx];
const s = INTENT_SETTINGS;

// Nested cross-validation: each outer fold is scored by a model whose lambda and gold share were
// chosen by an inner cross-validation of the other four folds only.
process.stderr.write(`train:intent: ${examples.length} examples, nested ${s.folds}-fold cross-validation…\n`);
const outer = assignFolds(examples, s.folds, s.seed);
const oof = new Array<number>(examples.length).fill(0);
const chosen: number[] = [];
const chosenGoldShares: (number | undefined)[] = [];
for (let k = 0; k < s.folds; k++) {
  const model = fitWithInnerCv(
    examples.filter((_, i) => outer[i] !== k),
    s,
  );
  chosen.push(model.lambda);
  chosenGoldShares.push(model.goldShare);
  examples.forEach((e, i) => {
    if (outer[i] === k) oof[i] = logitOf(model, e.features);
  });
  process.stderr.write(`  fold ${k + 1}/${s.folds}: lambda ${model.lambda}, gold share ${model.goldShare}\n`);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const fig = (f: Figures) => ({ precision: round(f.precision), recall: round(f.recall), f1: round(f.f1) });
function figuresOn(indices: number[]) {
  const model = indices.map((i) => ({ predicted: oof[i]! >= 0, label: examples[i]!.label }));
  const keyword = indices.map((i) => ({ predicted: keywordBaseline(texts[i]!), label: examples[i]!.label }));
  return {
    sentences: indices.length,
    asks: indices.filter((i) => examples[i]!.label).length,
    model: {
      natural: fig(weightedFigures(model)),
      asks25: fig(weightedFigures(model, 0.25)),
      asks50: fig(weightedFigures(model, 0.5)),
    },
    keywordRule: {
      natural: fig(weightedFigures(keyword)),
      asks25: fig(weightedFigures(keyword, 0.25)),
      asks50: fig(weightedFigures(keyword, 0.5)),
    },
  };
}
const all = examples.map((_, i) => i);
const tsvIdx = all.filter((i) => i < tsv.length);
const goldIdx = all.filter((i) => i >= tsv.length);

const calibration = plattScale(examples.map((e, i) => ({ z: oof[i]!, label: e.label })));
const conf = (z: number) => 1 / (1 + Math.exp(-(calibration.a * z + calibration.b)));
// How the "Maybe" split behaves out of fold: precision of the sure and the maybe asks.
const offered = all.filter((i) => oof[i]! >= 0);
const sure = offered.filter((i) => conf(oof[i]!) >= MAYBE_BELOW);
const maybe = offered.filter((i) => conf(oof[i]!) < MAYBE_BELOW);
const precisionOf = (ids: number[]) =>
  round(ids.filter((i) => examples[i]!.label).length / Math.max(1, ids.length));

process.stderr.write('  final model…\n');
const final = fitWithInnerCv(examples, s);
const weights = shippedWeights(final.weights);

const out = {
  about:
    'Intent model: does a clause ask something of its reader (request, proposal, meeting)? Written by npm run train:intent; do not edit by hand.',
  data: {
    emailIntent: {
      file: 'shared/data/email-intent/train.tsv',
      sha256: sha256(readFileSync(INTENT_FILE, 'utf8')),
      rows: rows.length,
    },
    gold: {
      dir: 'test/data/extract-gold',
      sha256: goldHash,
      files: goldFiles.length,
      sentences: goldEx.length,
    },
  },
  settings: {
    ...s,
    features: 'word unigrams and bigrams (start marker), cues, rule reading; see features.ts',
    classWeights: 'balanced within each source (email-intent, gold)',
    lambda: final.lambda,
    goldShare: final.goldShare,
    outerLambdas: chosen,
    outerGoldShares: chosenGoldShares,
    maybeBelow: MAYBE_BELOW,
  },
  crossValidated: {
    note: 'Nested 5-fold cross-validation (lambda and gold share chosen inside each outer training part), sentence level, threshold logit >= 0; asks25/asks50: the folds re-weighted to that share of asks.',
    all: figuresOn(all),
    emailIntent: figuresOn(tsvIdx),
    gold: figuresOn(goldIdx),
    maybe: {
      offered: offered.length,
      sure: sure.length,
      surePrecision: precisionOf(sure),
      maybe: maybe.length,
      maybePrecision: precisionOf(maybe),
    },
  },
  calibration: { a: Math.round(calibration.a * 10000) / 10000, b: Math.round(calibration.b * 10000) / 10000 },
  maybeBelow: MAYBE_BELOW,
  bias: Math.round(final.bias * 10000) / 10000,
  weights,
};
// Formatted as the repository's lint expects, so a retrain leaves `npm run lint` clean.
const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(JSON.stringify(out), { ...options, filepath: OUT }));
console.log(JSON.stringify({ ...out, weights: `${Object.keys(weights).length} weights` }, null, 2));
