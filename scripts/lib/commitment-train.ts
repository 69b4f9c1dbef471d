/**
 * Fitting the commitment model (development time only): the intent model's trainer (balanced
 * L2 logistic regression, lambda by inner cross-validation) plus the one setting of its own,
 * the score below which a commitment reads as status, chosen on out-of-fold scores of the
 * training examples only.
 */
import type { CommitmentModel } from '../../src/extract/model/commitmentModel';
import {
  chooseLambda,
  DEFAULT_SETTINGS,
  fit,
  outOfFold,
  type Example,
  type TrainSettings,
} from './intent-train';

/** Candidate thresholds, in log-odds of an obligation. Never above 0: only sure status is withdrawn. */
export const STATUS_THRESHOLDS = [-3, -2.5, -2, -1.5, -1, -0.5, 0];

/** What withdrawing below `threshold` gains: status clauses withdrawn minus obligations lost. */
export function netGain(scored: { z: number; label: boolean }[], threshold: number): number {
  let gain = 0;
  for (const { z, label } of scored) if (z < threshold) gain += label ? -1 : 1;
  return gain;
}

/**
 * The threshold with the largest net gain on out-of-fold scores (ties go to the lower, more
 * cautious one); -Infinity, withdrawing nothing, when no threshold gains anything.
 */
export function chooseStatusBelow(scored: { z: number; label: boolean }[]): number {
  let best = -Infinity;
  let bestGain = 0;
  for (const t of STATUS_THRESHOLDS) {
    const g = netGain(scored, t);
    if (g > bestGain) [best, bestGain] = [t, g];
  }
  return best;
}

export interface FittedCommitment extends CommitmentModel {
  lambda: number;
}

/** Examples from the gold set: the mail extraction is measured on, so the threshold is chosen on them. */
export const isGoldExample = (e: Example): boolean => e.group.startsWith('gold:');

/**
 * Fits on `examples`, choosing lambda and the threshold by inner cross-validation of them alone.
 * The threshold is chosen on the gold commitments only: the labelled sentences (mostly status
 * chatter from another mailbox) teach the model what status reads like, but how much an
 * obligation lost costs against a status clause withdrawn is a question about the mail we
 * extract from, which the gold set stands for.
 */
export function fitCommitment(examples: Example[], s: TrainSettings = DEFAULT_SETTINGS): FittedCommitment {
  const lambda = chooseLambda(examples, s, s.seed + 1);
  const z = outOfFold(examples, lambda, s, s.seed + 2);
  const scored = z.map((zi, i) => ({ z: zi, label: examples[i]!.label, gold: isGoldExample(examples[i]!) }));
  const statusBelow = chooseStatusBelow(scored.filter((e) => e.gold));
  const fitted = fit(examples, lambda, s);
  return { bias: fitted.bias, weights: Object.fromEntries(fitted.weights), statusBelow, lambda };
}
