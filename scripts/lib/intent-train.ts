/**
 * Training the intent model (development time only): L2-regularised logistic regression with
 * balanced class weights (over all examples, or within each source: see INTENT_SETTINGS),
 * fitted by full-batch Adam (deterministic: no sampling), the regularisation (and the gold
 * set's share of the weight) chosen by an inner 5-fold cross-validation on balanced log-loss,
 * Platt scaling on out-of-fold scores, and the figures: F1 at the natural share of asks and
 * with the folds re-weighted to 25 % and 50 % asks.
 */
import { createHash } from 'node:crypto';

export interface Example {
  features: string[];
  label: boolean;
  /** Examples of one group (a thread) always fall in the same fold. */
  group: string;
}

export interface Fitted {
  bias: number;
  weights: Map<string, number>;
}

export interface TrainSettings {
  lambdas: number[];
  folds: number;
  seed: number;
  iterations: number;
  learningRate: number;
  minCount: number;
  /** Weights smaller than this are dropped after fitting (a smaller file; cross-validation sees the same pruning). */
  prune: number;
  /**
   * How examples are weighted in the loss: 'class' (the default) gives each class half the
   * total weight; 'sourceClass' does so within each source (the part of `group` before ':',
   * "tsv" or "gold"), so that one source's share of asks never moves another's operating point.
   */
  balance?: 'class' | 'sourceClass';
  /** With 'sourceClass': the gold source's share of the total weight (its share of the examples when unset). */
  goldShare?: number;
  /** Candidates for `goldShare`, chosen together with lambda by the inner cross-validation. */
  goldShares?: number[];
}

export const DEFAULT_SETTINGS: TrainSettings = {
  lambdas: [3e-4, 1e-3, 3e-3, 1e-2, 3e-2],
  folds: 5,
  seed: 20261202,
  iterations: 300,
  learningRate: 0.05,
  minCount: Number(process.env.INTENT_MIN_COUNT ?? 5),
  prune: Number(process.env.INTENT_PRUNE ?? 0.1),
};

/**
 * The intent model's settings. Its two sources ask at very different rates (about 47 % of the
 * email-intent sentences, 16 % of the gold sentences), and balancing classes over their union
 * let each gold chatter sentence added thin the weight of the email-intent non-asks: after the
 * gold set grew, the model offered more email-intent chatter (2026-12-02: +74 sentences
 * offered, 23 of them asks). Balanced within each source, the gold set's growth no longer moves
 * the operating point; how much the gold set weighs is chosen by the inner cross-validation
 * (`chooseSettings`), from a few shares around an even split.
 */
export const INTENT_SETTINGS: TrainSettings = {
  ...DEFAULT_SETTINGS,
  balance: 'sourceClass',
  goldShares: [0.25, 0.5, 0.75],
};

/** mulberry32: a small seeded generator, so fold assignment is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number of each example: groups sorted by name, shuffled with the seed, dealt round-robin. */
export function assignFolds(examples: Example[], folds: number, seed: number): number[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const random = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [groups[i], groups[j]] = [groups[j]!, groups[i]!];
  }
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  return examples.map((e) => foldOf.get(e.group)!);
}

/** Fits one model. Features seen in fewer than `minCount` training examples are left out. */
export function fit(examples: Example[], lambda: number, s: TrainSettings = DEFAULT_SETTINGS): Fitted {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= s.minCount).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const ids: number[] = [];
    for (const f of e.features) {
      const i = index.get(f);
      if (i !== undefined) ids.push(i);
    }
    return ids;
  });
  const weight = exampleWeights(examples, s);
  const n = names.length;
  const w = new Float64Array(n);
  let b = 0;
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let it = 1; it <= s.iterations; it++) {
    grad.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const ids = rows[r]!;
      let z = b;
      for (const i of ids) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const y = examples[r]!.label ? 1 : 0;
      const g = (p - y) * weight[r]!;
      for (const i of ids) grad[i] = grad[i]! + g;
      grad[n] = grad[n]! + g;
    }
    for (let i = 0; i < n; i++) grad[i] = grad[i]! + lambda * w[i]!;
    const lr = (s.learningRate * Math.sqrt(1 - beta2 ** it)) / (1 - beta1 ** it);
    for (let i = 0; i <= n; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      const step = (lr * m[i]!) / (Math.sqrt(v[i]!) + eps);
      if (i === n) b -= step;
      else w[i] = w[i]! - step;
    }
  }
  const weights = new Map<string, number>();
  names.forEach((name, i) => {
    if (Math.abs(w[i]!) >= s.prune) weights.set(name, w[i]!);
  });
  return { bias: b, weights };
}

/** The source of an example: the part of its group before ':' ("tsv", "gold"). */
export function sourceOf(e: Example): string {
  const cut = e.group.indexOf(':');
  return cut === -1 ? '' : e.group.slice(0, cut);
}

/**
 * Each example's weight in the loss (they sum to 1); see `TrainSettings.balance`. Within a
 * source the two classes weigh the same (a source holding one class gives it the whole share).
 */
export function exampleWeights(examples: Example[], s: TrainSettings = DEFAULT_SETTINGS): number[] {
  const source = (e: Example) => (s.balance === 'sourceClass' ? sourceOf(e) : '');
  const cell = (e: Example) => source(e) + (e.label ? '+' : '-');
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const cells = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const e of examples) {
    count(cells, cell(e));
    count(sizes, source(e));
  }
  const gold = sizes.get('gold') ?? 0;
  const shareOf = (src: string) => {
    const size = sizes.get(src)!;
    if (s.goldShare === undefined || gold === 0 || gold === examples.length) return size / examples.length;
    return src === 'gold' ? s.goldShare : ((1 - s.goldShare) * size) / (examples.length - gold);
  };
  return examples.map((e) => {
    const src = source(e);
    const classes = cells.has(src + '+') && cells.has(src + '-') ? 2 : 1;
    return shareOf(src) / classes / cells.get(cell(e))!;
  });
}

export function logitOf(model: Fitted, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

/** Log-loss with per-example weights (`exampleWeights`), so the share of asks does not sway the choice. */
function weightedLogLoss(scored: { z: number; label: boolean }[], weights: number[]): number {
  let loss = 0;
  scored.forEach(({ z, label }, i) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-z))));
    loss -= weights[i]! * Math.log(label ? p : 1 - p);
  });
  return loss;
}

/** Out-of-fold scores for one lambda (each example scored by a model that never saw it). */
export function outOfFold(examples: Example[], lambda: number, s: TrainSettings, seed: number): number[] {
  const folds = assignFolds(examples, s.folds, seed);
  const z = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < s.folds; k++) {
    const model = fit(
      examples.filter((_, i) => folds[i] !== k),
      lambda,
      s,
    );
    examples.forEach((e, i) => {
      if (folds[i] === k) z[i] = logitOf(model, e.features);
    });
  }
  return z;
}

/**
 * The lambda (and, when `s.goldShares` is set, the gold share) with the lowest log-loss in an
 * inner cross-validation of `examples`. With several gold shares the loss they are compared
 * on must not depend on the candidate: each source and each class within it count equally
 * (the two kinds of mail the model is judged on), whatever weights the candidate trains with.
 */
export function chooseSettings(
  examples: Example[],
  s: TrainSettings,
  seed: number,
): { lambda: number; goldShare: number | undefined } {
  const shares = s.goldShares ?? [s.goldShare];
  const judge =
    s.goldShares === undefined
      ? exampleWeights(examples, s)
      : exampleWeights(examples, { ...s, balance: 'sourceClass', goldShare: 0.5 });
  let best = { lambda: s.lambdas[0]!, goldShare: shares[0] };
  let bestLoss = Infinity;
  for (const goldShare of shares)
    for (const lambda of s.lambdas) {
      const z = outOfFold(examples, lambda, { ...s, goldShare }, seed);
      const loss = weightedLogLoss(
        z.map((zi, i) => ({ z: zi, label: examples[i]!.label })),
        judge,
      );
      if (loss < bestLoss) [best, bestLoss] = [{ lambda, goldShare }, loss];
    }
  return best;
}

/** The lambda with the lowest weighted log-loss in an inner cross-validation of `examples`. */
export function chooseLambda(examples: Example[], s: TrainSettings, seed: number): number {
  return chooseSettings(examples, { ...s, goldShares: undefined }, seed).lambda;
}

/** Fits with the lambda (and gold share) an inner cross-validation of the same examples chose. */
export function fitWithInnerCv(
  examples: Example[],
  s: TrainSettings = DEFAULT_SETTINGS,
): Fitted & { lambda: number; goldShare: number | undefined } {
  const { lambda, goldShare } = chooseSettings(examples, s, s.seed + 1);
  return { ...fit(examples, lambda, { ...s, goldShare }), lambda, goldShare };
}

/** Platt scaling: a, b minimising log-loss of σ(a·z + b) against the labels (Newton steps with backtracking). */
export function plattScale(scored: { z: number; label: boolean }[]): { a: number; b: number } {
  // Platt's smoothed targets keep a and b finite on separable data.
  const nPos = scored.filter((s) => s.label).length;
  const nNeg = scored.length - nPos;
  const hi = (nPos + 1) / (nPos + 2);
  const lo = 1 / (nNeg + 2);
  const loss = (a: number, b: number) => {
    let l = 0;
    for (const { z, label } of scored) {
      const t = label ? hi : lo;
      const f = a * z + b;
      // log(1 + e^f) - t·f, written to stay finite for large |f|.
      l += (f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f))) - t * f;
    }
    return l;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 0, 0, 0];
    for (const { z, label } of scored) {
      const t = label ? hi : lo;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - t;
      const h = Math.max(p * (1 - p), 1e-12);
      ga += d * z;
      gb += d;
      haa += h * z * z;
      hab += h * z;
      hbb += h;
    }
    // A small ridge keeps the Hessian invertible when the scores barely vary.
    haa += 1e-9;
    hbb += 1e-9;
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    while (step > 1e-6 && loss(a - step * da, b - step * db) > current) step /= 2;
    if (step <= 1e-6) break;
    a -= step * da;
    b -= step * db;
    const next = loss(a, b);
    if (current - next < 1e-10) break;
    current = next;
  }
  return { a, b };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 with the classes re-weighted so asks make up `share` of the data
 * (the expected figures had the asks been sub- or over-sampled to that share); `share`
 * undefined keeps the data's own share.
 */
export function weightedFigures(pairs: { predicted: boolean; label: boolean }[], share?: number): Figures {
  const nPos = pairs.filter((p) => p.label).length;
  const nNeg = pairs.length - nPos;
  const wPos = share === undefined ? 1 : share / Math.max(1, nPos);
  const wNeg = share === undefined ? 1 : (1 - share) / Math.max(1, nNeg);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.predicted && p.label) tp += wPos;
    else if (p.predicted) fp += wNeg;
    else if (p.label) fn += wPos;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
