/**
 * `npm run train:obligation`: trains the obligation model (does a clause the rules pass over
 * still owe something that is not an ask?) from every live sentence of the gold set's tuning
 * part, and writes src/extract/model/obligation-weights.json with the data's sha256, the
 * settings, the nested cross-validated figures and the calibration. Deterministic: fixed fold
 * seed, no sampling. The held-out part of the gold set is never read.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { isHoldout, loadGold } from './lib/gold-score';
import { assignFolds, DEFAULT_SETTINGS, logitOf, plattScale } from './lib/intent-train';
import { goldObligationExamples } from './lib/obligation-examples';
import { fitObligation, OFFER_ABOVE } from './lib/obligation-train';
import { shippedWeights, tuningGoldFiles } from './lib/weights-file';

const OUT = resolve(import.meta.dirname, '../src/extract/model/obligation-weights.json');

const gold = loadGold().filter((t) => !isHoldout(t));
const { files: goldFiles, sha256: goldHash } = tuningGoldFiles();
const examples = goldObligationExamples(gold);
const s = DEFAULT_SETTINGS;

process.stderr.write(
  `train:obligation: ${examples.length} gold sentences (${examples.filter((e) => e.label).length} owing something); nested ${s.folds}-fold cross-validation…\n`,
);
const outer = assignFolds(examples, s.folds, s.seed);
const oof = new Array<number>(examples.length).fill(0);
const lambdas: number[] = [];
for (let k = 0; k < s.folds; k++) {
  const model = fitObligation(examples.filter((_, i) => outer[i] !== k));
  lambdas.push(model.lambda);
  const fitted = { bias: model.bias, weights: new Map(Object.entries(model.weights)) };
  examples.forEach((e, i) => {
    if (outer[i] === k) oof[i] = logitOf(fitted, e.features);
  });
  process.stderr.write(`  fold ${k + 1}/${s.folds}: lambda ${model.lambda}\n`);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const offered = examples.map((_, i) => oof[i]! >= OFFER_ABOVE);
const tp = examples.filter((e, i) => offered[i] && e.label).length;
const fp = examples.filter((e, i) => offered[i] && !e.label).length;
const positives = examples.filter((e) => e.label).length;
const calibration = plattScale(examples.map((e, i) => ({ z: oof[i]!, label: e.label })));

process.stderr.write('  final model…\n');
const final = fitObligation(examples);
const weights = shippedWeights(Object.entries(final.weights));

const out = {
  about:
    'Obligation model: does a clause the rules pass over still hold a deliverable, a payment or a quality bar one side owes the other? Written by npm run train:obligation; do not edit by hand.',
  data: {
    gold: {
      dir: 'test/data/extract-gold',
      sha256: goldHash,
      files: goldFiles.length,
      sentences: examples.length,
    },
  },
  settings: {
    ...s,
    features: 'the intent model features (features.ts)',
    classWeights: 'balanced',
    lambda: final.lambda,
    outerLambdas: lambdas,
  },
  crossValidated: {
    note: 'Nested 5-fold cross-validation by thread (lambda chosen inside each outer training part), every gold sentence, offered at the shipped threshold. In extraction the model reads only the clauses the rules pass over; its effect there is measured by score:extract.',
    sentences: examples.length,
    owing: positives,
    offered: tp + fp,
    precision: round(tp / Math.max(1, tp + fp)),
    recall: round(tp / Math.max(1, positives)),
  },
  offerAbove: OFFER_ABOVE,
  calibration: { a: Math.round(calibration.a * 10000) / 10000, b: Math.round(calibration.b * 10000) / 10000 },
  bias: Math.round(final.bias * 10000) / 10000,
  weights,
};
const options = (await resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await format(JSON.stringify(out), { ...options, filepath: OUT }));
console.log(JSON.stringify({ ...out, weights: `${Object.keys(weights).length} weights` }, null, 2));
