/**
 * What the intent model and the obligation model cost: each one's weights' size (raw and
 * gzipped), what they add to a minified bundle of the extractor (built with esbuild as shipped
 * and with that model's weights emptied), the time to parse them (cold start: the worker
 * evaluates them once when it starts), and the time to score one clause.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { featuresOf } from '../../scripts/lib/intent-examples';
import { intentLogit, SHIPPED_INTENT_MODEL } from '../../src/extract/model/intentModel';
import { clauseObligationLogit, SHIPPED_OBLIGATION_MODEL } from '../../src/extract/model/obligationModel';
import { summarize, type BenchFigure, type BenchRun } from './types';

const WEIGHTS = resolve(import.meta.dirname, '../../src/extract/model/intent-weights.json');
const OBLIGATION_WEIGHTS = resolve(import.meta.dirname, '../../src/extract/model/obligation-weights.json');
const ENTRY = resolve(import.meta.dirname, '../../src/extract/index.ts');

/** Each model's weights file, and what it holds when emptied (a model that offers nothing). */
const EMPTIED = {
  intent: {
    filter: /intent-weights\.json$/,
    contents: { bias: 0, weights: {}, calibration: { a: 1, b: 0 }, maybeBelow: 0.6 },
  },
  obligation: {
    filter: /obligation-weights\.json$/,
    contents: { bias: 0, weights: {}, offerAbove: 1000, calibration: { a: 1, b: 0 } },
  },
} as const;

/** Gzipped bytes of the minified extractor, as shipped or with one model's weights emptied. */
async function bundleGzip(emptied?: keyof typeof EMPTIED): Promise<number> {
  const plugins: Plugin[] = [];
  if (emptied) {
    const { filter, contents } = EMPTIED[emptied];
    plugins.push({
      name: 'empty-weights',
      setup(b) {
        b.onLoad({ filter }, () => ({ contents: JSON.stringify(contents), loader: 'json' }));
      },
    });
  }
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    plugins,
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

function times(fn: () => void, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const run: BenchRun = async () => {
  const text = readFileSync(WEIGHTS, 'utf8');
  // The bundle carries the weights as a JSON string parsed once (vite and esbuild both do so
  // for large JSON modules), so parsing is the model's cold-start cost.
  const parse = summarize(times(() => JSON.parse(text), 30));
  const withModel = await bundleGzip();
  const without = await bundleGzip('intent');
  const withoutObligation = await bundleGzip('obligation');
  const obligationText = readFileSync(OBLIGATION_WEIGHTS, 'utf8');
  const obligationParse = summarize(times(() => JSON.parse(obligationText), 30));
  const owing = 'Ancillary costs are charged at a flat 5% of the net fee.';
  const scoreOwing = summarize(
    times(() => clauseObligationLogit(SHIPPED_OBLIGATION_MODEL, owing, { rule: null }), 2000),
  );
  const clause = 'Could you send me the signed contract by Friday, and the logo files too?';
  const scoreOne = summarize(times(() => intentLogit(SHIPPED_INTENT_MODEL, featuresOf(clause)), 2000));
  const figures: BenchFigure[] = [
    {
      name: 'intent model: weights (features kept)',
      value: Object.keys(SHIPPED_INTENT_MODEL.weights).length,
      unit: 'weights',
    },
    { name: 'intent model: weights file', value: Math.round(text.length / 102.4) / 10, unit: 'KB' },
    {
      name: 'intent model: weights file gzipped',
      value: Math.round(gzipSync(text).length / 102.4) / 10,
      unit: 'KB',
    },
    { name: 'intent model: extractor bundle gzipped', value: Math.round(withModel / 102.4) / 10, unit: 'KB' },
    {
      name: 'intent model: extractor bundle gzipped (baseline: weights emptied)',
      value: Math.round(without / 102.4) / 10,
      unit: 'KB',
    },
    { name: 'intent model: load (parse weights) ms (median)', value: parse.median, unit: 'ms' },
    { name: 'intent model: load (parse weights) ms (p95)', value: parse.p95, unit: 'ms' },
    { name: 'intent model: score one clause µs (median)', value: scoreOne.median * 1000, unit: 'µs' },
    {
      name: 'obligation model: weights (features kept)',
      value: Object.keys(SHIPPED_OBLIGATION_MODEL.weights).length,
      unit: 'weights',
    },
    {
      name: 'obligation model: weights file gzipped',
      value: Math.round(gzipSync(obligationText).length / 102.4) / 10,
      unit: 'KB',
    },
    {
      name: 'obligation model: extractor bundle gzipped (baseline: its weights emptied)',
      value: Math.round(withoutObligation / 102.4) / 10,
      unit: 'KB',
    },
    { name: 'obligation model: load (parse weights) ms (median)', value: obligationParse.median, unit: 'ms' },
    { name: 'obligation model: score one clause µs (median)', value: scoreOwing.median * 1000, unit: 'µs' },
  ];
  return figures;
};
