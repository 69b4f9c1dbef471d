/**
 * The learned commitment model at run time: does a clause the rules read as a commitment
 * really oblige one side to the other ("I'll send the deck Monday"), or does it only report
 * status ("I shall be in NYC May 17th through 19th", "I'll discuss with Carlos")? A logistic
 * regression over the same features as the intent model (features.ts), its weights shipped as
 * JSON (commitment-weights.json, written by `npm run train:commitment`). Nothing here trains.
 */
import { clauseLogit, type ClauseReading } from './features';
import { featureWeights, type FeatureWeights } from './weightTable';
import shipped from './commitment-weights.json';

export interface CommitmentModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /**
   * A rule's commitment whose score (log-odds of an obligation) falls below this is status and
   * is not offered. Chosen by cross-validation in train:commitment, below 0 so that only
   * clauses the model is fairly sure about are withdrawn.
   */
  statusBelow: number;
}

export const SHIPPED_COMMITMENT_MODEL: CommitmentModel = {
  bias: shipped.bias,
  weights: shipped.weights as Record<string, number>,
  statusBelow: shipped.statusBelow,
};

/** Weights as a Map, built once per weights object (a miss on a Map is cheap; most features miss). */
const weightMaps = new WeakMap<Readonly<Record<string, number>>, Map<string, number>>();

/** The model's score, in log-odds that the clause obliges someone: ≥ 0 reads as an obligation. */
export function obligationLogit(model: CommitmentModel, features: readonly string[]): number {
  let w = weightMaps.get(model.weights);
  if (!w) weightMaps.set(model.weights, (w = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += w.get(f) ?? 0;
  return z;
}

export function readsAsStatus(model: CommitmentModel, features: readonly string[]): boolean {
  return obligationLogit(model, features) < model.statusBelow;
}

const compiled = new WeakMap<Readonly<Record<string, number>>, FeatureWeights>();

/**
 * The same score summed straight from the clause, without building feature strings (the
 * intent model's fast path, features.ts `clauseLogit`): what extraction uses.
 */
export function clauseReadsAsStatus(model: CommitmentModel, clause: string, reading: ClauseReading): boolean {
  let w = compiled.get(model.weights);
  if (!w) compiled.set(model.weights, (w = featureWeights(model.weights)));
  return clauseLogit(clause, reading, model.bias, w) < model.statusBelow;
}
