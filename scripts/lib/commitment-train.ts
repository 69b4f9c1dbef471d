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
 * The threshold with the largest net gain over all examples among those that lose the gold
 * commitments nothing on balance (ties go to the lower, more cautious one); -Infinity,
 * withdrawing nothing, when no threshold gains anything. The labelled sentences are real
 * chatter that the rules still read as commitments (about half of their status sentences);
 * the gold commitments are the annotated mail extraction is measured on, and must not pay for it.
 */
export function chooseStatusBelow(scored: { z: number; label: boolean; gold?: boolean }[]): number {
  const gold = scored.filter((e) => e.gold);
  let best = -Infinity;
  let bestGain = 0;
  for (const t of STATUS_THRESHOLDS) {
    if (netGain(gold, t) < 0) continue;
    const g = netGain(scored, t);
    if (g > bestGain) [best, bestGain] = [t, g];
  }
  return best;
}

export interface FittedCommitment extends CommitmentModel {
  lambda: number;
}

/** Examples from the gold set: the mail extraction is measured on, which the threshold must not cost anything. */
export const isGoldExample = (e: Example): boolean => e.group.startsWith('gold:');

/** Fits on `examples` with the given lambda and threshold (the shipped model: those the outer folds agreed on). */
export function fitCommitmentWith(
  examples: Example[],
  lambda: number,
  statusBelow: number,
  s: TrainSettings = DEFAULT_SETTINGS,
): FittedCommitment {
  const fitted = fit(examples, lambda, s);
  return { bias: fitted.bias, weights: Object.fromEntries(fitted.weights), statusBelow, lambda };
}

/** Fits on `examples`, choosing lambda and the threshold by inner cross-validation of them alone. */
export function fitCommitment(examples: Example[], s: TrainSettings = DEFAULT_SETTINGS): FittedCommitment {
  const lambda = chooseLambda(examples, s, s.seed + 1);
  const z = outOfFold(examples, lambda, s, s.seed + 2);
  const statusBelow = chooseStatusBelow(
    z.map((zi, i) => ({ z: zi, label: examples[i]!.label, gold: isGoldExample(examples[i]!) })),
  );
  return fitCommitmentWith(examples, lambda, statusBelow, s);
}
