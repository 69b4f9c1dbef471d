/**
 * The learned intent model at run time: a logistic regression over the features of
 * features.ts, its weights shipped as JSON (intent-weights.json, written by
 * `npm run train:intent`). Scoring is a sum of weights; nothing here trains.
 */
import { clauseLogit, type ClauseReading } from './features';
import { featureWeights, type FeatureWeights } from './weightTable';
import shipped from './intent-weights.json';

export interface IntentModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Platt scaling fitted on out-of-fold scores: probability = σ(a·logit + b). */
  calibration: { a: number; b: number };
  /** Offered suggestions whose calibrated confidence is below this show under "Maybe". */
  maybeBelow: number;
}

/**
 * A per-user correction learned from that user's accepts, edits and dismissals (kept in their
 * ledger, never sent anywhere): weight offsets added to the shipped model's.
 */
export interface IntentAdjustment {
  offsets: Readonly<Record<string, number>>;
}

export const SHIPPED_INTENT_MODEL: IntentModel = {
  bias: shipped.bias,
  weights: shipped.weights as Record<string, number>,
  calibration: shipped.calibration,
  maybeBelow: shipped.maybeBelow,
};

/** The model's raw score (log-odds, balanced between asks and non-asks): ≥ 0 means an ask. */
export function intentLogit(model: IntentModel, features: readonly string[]): number {
  let z = model.bias;
  const w = weightMap(model.weights);
  for (const f of features) z += w.get(f) ?? 0;
  return z;
}

/**
 * The weights as a Map, built once per weights object: most features are absent from the
 * model, and a miss on a Map is several times cheaper than on a ~1,800-key object in
 * dictionary mode (the lookup was the largest single cost of extraction, 2026-12-02).
 */
const weightMaps = new WeakMap<Readonly<Record<string, number>>, Map<string, number>>();

function weightMap(weights: Readonly<Record<string, number>>): Map<string, number> {
  let map = weightMaps.get(weights);
  if (!map) weightMaps.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

const compiled = new WeakMap<Readonly<Record<string, number>>, FeatureWeights>();

/**
 * The model's raw score for a clause: the same number as `intentLogit` over
 * `intentFeatures(clause, reading)`, bit for bit, without building the features.
 */
export function clauseIntentLogit(model: IntentModel, clause: string, reading: ClauseReading): number {
  let w = compiled.get(model.weights);
  if (!w) compiled.set(model.weights, (w = featureWeights(model.weights)));
  return clauseLogit(clause, reading, model.bias, w);
}

/** The user's own correction for these features (0 when they taught nothing relevant). */
export function adjustmentLogit(
  adjustment: IntentAdjustment | undefined,
  features: readonly string[],
): number {
  if (!adjustment) return 0;
  let z = 0;
  for (const f of features) z += adjustment.offsets[f] ?? 0;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Calibrated probability that the clause asks something of its reader. */
export function calibratedConfidence(model: IntentModel, logit: number): number {
  return sigmoid(model.calibration.a * logit + model.calibration.b);
}
