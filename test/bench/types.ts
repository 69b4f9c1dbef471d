/** One figure printed by `npm run bench` and written to bench-results.json. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

/**
 * A benchmark module in test/bench/*.bench.ts exports `run`. It returns its figures,
 * with any baseline measured in the same run as its own figure named `… (baseline: …)`.
 */
export type BenchRun = () => Promise<BenchFigure[]>;

/** Median and 95th percentile of a sample, in the sample's unit. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
