/** What the three training scripts write alike: the tuning part's files and hash, the weights as shipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_DIR, HOLDOUT_PREFIX } from './gold-score';
import { sha256 } from './intent-train';

/** The gold set's tuning files (the held-out part is never trained on), sorted, and their sha256. */
export function tuningGoldFiles(): { files: string[]; sha256: string } {
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json') && !f.startsWith(HOLDOUT_PREFIX))
    .sort();
  return {
    files,
    sha256: sha256(files.map((f) => `${f}\n${readFileSync(join(GOLD_DIR, f), 'utf8')}`).join('\n')),
  };
}

/** Weights rounded to four places, the ones that round to nothing dropped, in name order (a stable file). */
export function shippedWeights(weights: Iterable<[string, number]>): Record<string, number> {
  return Object.fromEntries(
    [...weights]
      .map(([f, w]) => [f, Math.round(w * 10000) / 10000] as const)
      .filter(([, w]) => Math.abs(w) >= 0.001)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
