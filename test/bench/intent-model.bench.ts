/**
 * What the intent model costs: the weights' size (raw and gzipped), what they add to a minified
 * bundle of the extractor (built twice with esbuild, once with the weights emptied), the time
 * to parse them (cold start: the worker evaluates them once when it starts), and the time to
 * score one clause.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { featuresOf } from '../../scripts/lib/intent-examples';
import { intentLogit, SHIPPED_INTENT_MODEL } from '../../src/extract/model/intentModel';
import { summarize, type BenchFigure, type BenchRun } from './types';

const WEIGHTS = resolve(import.meta.dirname, '../../src/extract/model/intent-weights.json');
const ENTRY = resolve(import.meta.dirname, '../../src/extract/index.ts');

/** Gzipped bytes of the minified extractor, with the real or an emptied weights file. */
async function bundleGzip(emptyWeights: boolean): Promise<number> {
  const empty: Plugin = {
    name: 'empty-weights',
    setup(b) {
      b.onLoad({ filter: /intent-weights\.json$/ }, () => ({
        contents: JSON.stringify({ bias: 0, weights: {}, calibration: { a: 1, b: 0 }, maybeBelow: 0.6 }),
        loader: 'json',
      }));
    },
  };
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    plugins: emptyWeights ? [empty] : [],
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
  const withModel = await bundleGzip(false);
  const without = await bundleGzip(true);
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
  ];
  return figures;
};
