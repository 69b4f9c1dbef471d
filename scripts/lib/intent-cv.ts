/**
 * Cross-validated intent models for the scoring scripts: each fold's model is trained (with
 * its own inner choice of regularisation) on everything but that fold, so no figure is measured
 * on data the model was trained on.
 */
import type { IntentModel } from '../../src/extract/model/intentModel';
import { SHIPPED_INTENT_MODEL } from '../../src/extract/model/intentModel';
import { assignFolds, fitWithInnerCv, INTENT_SETTINGS, type Example } from './intent-train';

/** A fitted model in the run-time shape (calibration and threshold as shipped). */
export function asRuntimeModel(fitted: { bias: number; weights: Map<string, number> }): IntentModel {
  return {
    bias: fitted.bias,
    weights: Object.fromEntries(fitted.weights),
    calibration: SHIPPED_INTENT_MODEL.calibration,
    maybeBelow: SHIPPED_INTENT_MODEL.maybeBelow,
  };
}

/**
 * For examples `held` (to be cross-validated) and `always` (always in training): the fold of
 * each held example and one model per fold trained on `always` plus the other folds.
 */
export function foldModels(held: Example[], always: Example[]): { fold: number[]; models: IntentModel[] } {
  const s = INTENT_SETTINGS;
  const fold = assignFolds(held, s.folds, s.seed);
  const models: IntentModel[] = [];
  for (let k = 0; k < s.folds; k++) {
    process.stderr.write(`  training fold ${k + 1}/${s.folds}…\n`);
    models.push(asRuntimeModel(fitWithInnerCv([...always, ...held.filter((_, i) => fold[i] !== k)], s)));
  }
  return { fold, models };
}
