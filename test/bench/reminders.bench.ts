/**
 * What a reminder pass costs the worker with 100,000 items across 2,000 clients in real
 * headless Chromium IndexedDB: the pass every ledger change, worker start and alarm runs
 * (read the window of open items due soon, the log, plan, claim, set the next alarm), beside
 * raw IndexedDB reading the same window.
 */
import { resolve } from 'node:path';
import { openLedgerPage } from './ledgerPage/harness';
import { summarize, type BenchFigure, type BenchRun } from './types';

const CLIENTS = 2_000;
const ITEMS = 100_000;
const RUNS = 50;

type Sample = { samples: number[]; sizes: number[] };
declare global {
  var accordReminderBench: {
    open(): Promise<void>;
    firstPass(runs: number): Promise<Sample>;
    steadyPass(runs: number): Promise<Sample>;
    windowRaw(runs: number): Promise<Sample>;
  };
}

export const run: BenchRun = async () => {
  const ledger = await openLedgerPage(resolve(import.meta.dirname, 'ledgerPage/remindersPage.ts'));
  const figures: BenchFigure[] = [];
  try {
    const { page } = ledger;
    await page.evaluate(([c, n]) => accordBench.seed(c, n), [CLIENTS, ITEMS] as const);
    await page.evaluate(() => accordReminderBench.open());
    const push = (label: string, s: Sample) => {
      const { median, p95 } = summarize(s.samples);
      figures.push({ name: `reminders: ${label} median ms`, value: median, unit: 'ms' });
      figures.push({ name: `reminders: ${label} p95 ms`, value: p95, unit: 'ms' });
      figures.push({
        name: `reminders: ${label} rows (median)`,
        value: summarize(s.sizes).median,
        unit: 'items',
      });
    };
    // Warm-up, then each measured.
    await page.evaluate(() => accordReminderBench.steadyPass(3));
    await page.evaluate(() => accordReminderBench.windowRaw(3));
    push(
      'first pass, nothing shown yet (notifications)',
      await page.evaluate((r) => accordReminderBench.firstPass(r), RUNS),
    );
    push(
      'pass after a ledger change, all shown (notifications)',
      await page.evaluate((r) => accordReminderBench.steadyPass(r), RUNS),
    );
    push(
      'window read (baseline: raw IndexedDB)',
      await page.evaluate((r) => accordReminderBench.windowRaw(r), RUNS),
    );
  } finally {
    await ledger.close();
  }
  return figures;
};
