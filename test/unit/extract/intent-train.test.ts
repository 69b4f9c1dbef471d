/** The training library behind `npm run train:intent`: deterministic, and its figures add up. */
import { describe, expect, it } from 'vitest';
import {
  assignFolds,
  DEFAULT_SETTINGS,
  exampleWeights,
  fit,
  logitOf,
  plattScale,
  weightedFigures,
  type Example,
} from '../../../scripts/lib/intent-train';

const toy: Example[] = [];
for (let i = 0; i < 40; i++) {
  toy.push({ features: ['w:please', 'w:send', `w:x${i % 5}`], label: true, group: `p${i}` });
  toy.push({ features: ['w:thanks', 'w:sent', `w:x${i % 5}`], label: false, group: `n${i}` });
}
const settings = { ...DEFAULT_SETTINGS, minCount: 1, prune: 0 };

describe('intent training', () => {
  it('gives the same weights on every run', () => {
    const a = fit(toy, 0.01, settings);
    const b = fit(toy, 0.01, settings);
    expect([...a.weights.entries()]).toEqual([...b.weights.entries()]);
    expect(a.bias).toBe(b.bias);
  });

  it('learns which words mark an ask', () => {
    const m = fit(toy, 0.01, settings);
    expect(m.weights.get('w:please')!).toBeGreaterThan(0.5);
    expect(m.weights.get('w:thanks')!).toBeLessThan(-0.5);
    expect(logitOf(m, ['w:please', 'w:send'])).toBeGreaterThan(0);
  });

  it('leaves out words seen fewer times than the minimum', () => {
    const m = fit([...toy, { features: ['w:once'], label: true, group: 'once' }], 0.01, {
      ...settings,
      minCount: 2,
    });
    expect(m.weights.has('w:once')).toBe(false);
  });

  it('balances the classes within each source, so more gold chatter leaves the other source alone', () => {
    const ex = (label: boolean, group: string): Example => ({ features: [], label, group });
    const mixed = [ex(true, 'tsv:a'), ex(false, 'tsv:b'), ex(false, 'tsv:c'), ex(true, 'gold:d')];
    const chatter = Array.from({ length: 6 }, (_, i) => ex(false, `gold:n${i}`));
    const sum = (w: number[], keep: (e: Example) => boolean, of: Example[]) =>
      w.reduce((t, wi, i) => (keep(of[i]!) ? t + wi : t), 0);
    for (const data of [mixed, [...mixed, ...chatter]]) {
      const w = exampleWeights(data, { ...settings, balance: 'sourceClass', goldShare: 0.25 });
      const tsv = (label: boolean) => (e: Example) => e.group.startsWith('tsv:') && e.label === label;
      expect(sum(w, tsv(true), data)).toBeCloseTo(0.375);
      expect(sum(w, tsv(false), data)).toBeCloseTo(0.375);
      expect(sum(w, (e) => e.group.startsWith('gold:'), data)).toBeCloseTo(0.25);
    }
    // Balanced over the union, the same chatter thins the weight of every non-ask.
    const plain = (data: Example[]) => exampleWeights(data, settings)[1]!;
    expect(plain([...mixed, ...chatter])).toBeLessThan(plain(mixed));
  });

  it('keeps the examples of one group in one fold', () => {
    const grouped = toy.map((e, i) => ({ ...e, group: `g${i % 7}` }));
    const folds = assignFolds(grouped, 5, 1);
    for (const g of new Set(grouped.map((e) => e.group))) {
      expect(new Set(folds.filter((_, i) => grouped[i]!.group === g)).size).toBe(1);
    }
  });

  it('calibrates scores that are too sure into smaller probabilities', () => {
    // Half the examples scored +4 are wrong: the calibrated probability there is about 0.5.
    const scored = [
      ...Array.from({ length: 50 }, () => ({ z: 4, label: true })),
      ...Array.from({ length: 50 }, () => ({ z: 4, label: false })),
      ...Array.from({ length: 100 }, () => ({ z: -4, label: false })),
    ];
    const { a, b } = plattScale(scored);
    const p = 1 / (1 + Math.exp(-(a * 4 + b)));
    expect(p).toBeGreaterThan(0.4);
    expect(p).toBeLessThan(0.6);
  });

  it('re-weights figures to another share of asks as resampling would', () => {
    // 10 asks (8 found) and 90 others (9 false alarms): at 50 % asks, precision is 0.8/(0.8+0.1).
    const pairs = [
      ...Array.from({ length: 8 }, () => ({ predicted: true, label: true })),
      ...Array.from({ length: 2 }, () => ({ predicted: false, label: true })),
      ...Array.from({ length: 9 }, () => ({ predicted: true, label: false })),
      ...Array.from({ length: 81 }, () => ({ predicted: false, label: false })),
    ];
    expect(weightedFigures(pairs).precision).toBeCloseTo(8 / 17, 6);
    expect(weightedFigures(pairs, 0.5).precision).toBeCloseTo(0.4 / 0.45, 6);
    expect(weightedFigures(pairs, 0.5).recall).toBeCloseTo(0.8, 6);
  });
});
