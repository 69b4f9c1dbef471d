/**
 * Extraction speed beside a bare chrono-node English parse of the same texts, measured in the
 * same run: messages per second over a realistic corpus (the gold set plus a sample of the
 * email-intent sentences when present), a 50-message thread (median and p95), and a 1 MB message.
 */
import { en } from 'chrono-node';
import { performance } from 'node:perf_hooks';
import { loadGold } from '../../scripts/lib/gold-score';
import { asClientThread, loadIntent } from '../../scripts/lib/intent-data';
import { extractThread } from '../../src/extract/index';
import type { ExtractionInput } from '../../src/extract/types';
import { summarize, type BenchFigure, type BenchRun } from './types';

function corpus(): ExtractionInput[] {
  const threads: ExtractionInput[] = [];
  for (const g of loadGold()) for (const m of g.thread.messages) threads.push({ ...g.thread, messages: [m] });
  const intent = loadIntent() ?? [];
  // Every 4th sentence: a fixed, spread sample.
  intent.forEach((row, i) => {
    if (i % 4 === 0) threads.push(asClientThread(row.text));
  });
  return threads;
}

function bareChrono(t: ExtractionInput): void {
  for (const m of t.messages) en.casual.parse(m.text, new Date(m.sentAt), { forwardDate: true });
}

/** Runs `fn` over every item, `rounds` times, returning the best items-per-second. */
function throughput(items: ExtractionInput[], fn: (t: ExtractionInput) => void, rounds: number): number {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of items) fn(t);
    const seconds = (performance.now() - t0) / 1000;
    best = Math.max(best, items.length / seconds);
  }
  return best;
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

function fiftyMessageThread(pool: ExtractionInput[]): ExtractionInput {
  const gold = loadGold();
  const base = gold[0]!.thread;
  const messages = [];
  for (let i = 0; i < 50; i++) {
    const src = pool[(i * 7) % pool.length]!.messages[0]!;
    messages.push({ ...src, id: `m${i}`, from: i % 2 ? base.messages[0]!.from : base.messages[1]!.from });
  }
  return { ...base, messages };
}

function oneMegabyte(): ExtractionInput {
  const parts = loadGold().flatMap((g) => g.thread.messages.map((m) => m.text));
  let text = '';
  for (let i = 0; text.length < 1024 * 1024; i++) text += parts[i % parts.length] + '\n\n';
  return asClientThread(text.slice(0, 1024 * 1024));
}

export const run: BenchRun = async () => {
  const items = corpus();
  const words = (t: ExtractionInput) => t.messages.length;
  const messages = items.reduce((n, t) => n + words(t), 0);
  // Warm both paths so the JIT is not measured.
  for (const t of items.slice(0, 200)) {
    extractThread(t);
    bareChrono(t);
  }
  const ours = (throughput(items, (t) => void extractThread(t), 5) * messages) / items.length;
  const bare = (throughput(items, bareChrono, 5) * messages) / items.length;

  const thread = fiftyMessageThread(items);
  const threadOurs = summarize(times(() => extractThread(thread), 60));
  const threadBare = summarize(times(() => bareChrono(thread), 60));

  const mb = oneMegabyte();
  const mbOurs = summarize(times(() => extractThread(mb), 5));
  const mbBare = summarize(times(() => bareChrono(mb), 5));

  const figures: BenchFigure[] = [
    { name: `extract: messages/s (${messages} messages)`, value: Math.round(ours), unit: 'msg/s' },
    { name: 'extract: messages/s (baseline: bare chrono parse)', value: Math.round(bare), unit: 'msg/s' },
    { name: 'extract: 50-message thread ms (median)', value: threadOurs.median, unit: 'ms' },
    { name: 'extract: 50-message thread ms (p95)', value: threadOurs.p95, unit: 'ms' },
    {
      name: 'extract: 50-message thread ms (median) (baseline: bare chrono parse)',
      value: threadBare.median,
      unit: 'ms',
    },
    {
      name: 'extract: 50-message thread ms (p95) (baseline: bare chrono parse)',
      value: threadBare.p95,
      unit: 'ms',
    },
    { name: 'extract: 1 MB input ms (median)', value: mbOurs.median, unit: 'ms' },
    { name: 'extract: 1 MB input ms (baseline: bare chrono parse)', value: mbBare.median, unit: 'ms' },
  ];
  return figures;
};
