/**
 * The learned obligation model at run time: does a clause the rules pass over still hold
 * something one side owes the other that is not an ask (a deliverable, a payment, a quality
 * bar)? The rules know the phrasings they were written for; this model, trained on every
 * sentence of the gold set's tuning part, reads the phrasings they do not know ("Ancillary costs
 * are charged at a flat 5% of the net fee"). A logistic regression over the intent model's
 * features (features.ts), its weights shipped as JSON (obligation-weights.json, written by
 * `npm run train:obligation`). Nothing here trains.
 */
import { clauseLogit, type ClauseReading } from './features';
import { featureWeights, type FeatureWeights } from './weightTable';
import shipped from './obligation-weights.json';

export interface ObligationModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /**
   * A clause the rules pass over is offered when its score (log-odds of an obligation) is at or
   * above this: high, so that only clauses the model is fairly sure of are offered (chosen by
   * the 5-fold cross-validated F1 of extraction on the tuning part; docs/extract.md).
   */
  offerAbove: number;
  /** Platt scaling fitted on out-of-fold scores: probability = σ(a·logit + b). */
  calibration: { a: number; b: number };
}

export const SHIPPED_OBLIGATION_MODEL: ObligationModel = {
  bias: shipped.bias,
  weights: shipped.weights as Record<string, number>,
  offerAbove: shipped.offerAbove,
  calibration: shipped.calibration,
};

const compiled = new WeakMap<Readonly<Record<string, number>>, FeatureWeights>();

/** The model's score for a clause, summed straight from it (features.ts `clauseLogit`). */
export function clauseObligationLogit(
  model: ObligationModel,
  clause: string,
  reading: ClauseReading,
): number {
  let w = compiled.get(model.weights);
  if (!w) compiled.set(model.weights, (w = featureWeights(model.weights)));
  return clauseLogit(clause, reading, model.bias, w);
}

/** The calibrated probability that a clause with this score holds an obligation. */
export function obligationConfidence(model: ObligationModel, logit: number): number {
  return 1 / (1 + Math.exp(-(model.calibration.a * logit + model.calibration.b)));
}
