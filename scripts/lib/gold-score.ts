/**
 * Scores extraction against the hand-written gold set in test/data/extract-gold/. A predicted
 * expectation matches a gold one when it comes from the same message and its span overlaps the
 * gold snippet's span (one-to-one, largest overlap first). Owner, kind, due and amount accuracy
 * are measured over matched pairs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExtractionResult, Money, SuggestedExpectation } from '../../src/core/expectation';
import { extractThread } from '../../src/extract/index';
import { parseExtractionInput } from '../../src/extract/input-schema';
import type { ExtractionInput } from '../../src/extract/types';

export const GOLD_DIR = resolve(import.meta.dirname, '../../test/data/extract-gold');

/**
 * Files written after the rules were last tuned: never looked at while tuning, scored on their
 * own so the figure reported for them is an honest estimate on unseen mail.
 */
export const HOLDOUT_PREFIX = 'zz-holdout-2026-12-31-';

export const isHoldout = (t: { file: string }): boolean => t.file.startsWith(HOLDOUT_PREFIX);

export interface GoldExpectation {
  messageId: string;
  snippet: string;
  kind: string;
  owner: string;
  due: string | null;
  amount: Money | null;
  dueTime?: string;
}

export interface GoldThread {
  note: string;
  thread: ExtractionInput;
  expected: GoldExpectation[];
  file: string;
}

export function loadGold(dir = GOLD_DIR): GoldThread[] {
  const out: GoldThread[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as (Record<string, unknown> & {
      expected: GoldExpectation[];
      note?: string;
    })[];
    raw.forEach((t, i) => {
      const parsed = parseExtractionInput(t);
      if (!parsed.ok) throw new Error(`${file}[${i}]: ${parsed.errors.join('; ')}`);
      out.push({ note: t.note ?? '', thread: parsed.threads[0]!, expected: t.expected, file });
    });
  }
  return out;
}

export interface Mismatch {
  file: string;
  messageId: string;
  field: string;
  gold: unknown;
  got: unknown;
  text: string;
}

export interface GoldScore {
  messages: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  ownerAccuracy: number;
  dueAccuracy: number;
  amountAccuracy: number;
  misses: { file: string; messageId: string; snippet: string }[];
  falseAlarms: { file: string; messageId: string; text: string; kind: string }[];
  mismatches: Mismatch[];
}

function sameMoney(a: Money | null, b: Money | null): boolean {
  if (a === null || b === null) return a === b;
  return a.currency === b.currency && Math.abs(a.value - b.value) < 0.005;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/**
 * `extract` reads one thread; cross-validation passes one that uses, for each thread, an intent
 * model trained without that thread's fold.
 */
export function scoreGold(
  threads: GoldThread[] = loadGold(),
  extract: (t: GoldThread) => ExtractionResult = (t) => extractThread(t.thread),
): GoldScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let kindOk = 0;
  let ownerOk = 0;
  let dueOk = 0;
  let amountOk = 0;
  let messages = 0;
  const misses: GoldScore['misses'] = [];
  const falseAlarms: GoldScore['falseAlarms'] = [];
  const mismatches: Mismatch[] = [];
  for (const t of threads) {
    messages += t.thread.messages.length;
    const result = extract(t);
    const preds = result.expectations;
    predicted += preds.length;
    gold += t.expected.length;
    const used = new Set<SuggestedExpectation>();
    for (const g of t.expected) {
      const message = t.thread.messages.find((m) => m.id === g.messageId);
      const at = message ? message.text.indexOf(g.snippet) : -1;
      if (!message || at === -1)
        throw new Error(`${t.file}: snippet not found in ${g.messageId}: ${g.snippet}`);
      const span = { start: at, end: at + g.snippet.length };
      let best: SuggestedExpectation | null = null;
      let bestOverlap = 0;
      for (const p of preds) {
        if (p.messageId !== g.messageId || used.has(p)) continue;
        const o = overlap(p, span);
        if (o > bestOverlap) [best, bestOverlap] = [p, o];
      }
      if (!best) {
        misses.push({ file: t.file, messageId: g.messageId, snippet: g.snippet });
        continue;
      }
      used.add(best);
      matched++;
      const check = (field: string, ok: boolean, got: unknown, want: unknown) => {
        if (!ok)
          mismatches.push({ file: t.file, messageId: g.messageId, field, gold: want, got, text: best!.text });
        return ok ? 1 : 0;
      };
      kindOk += check('kind', best.kind === g.kind, best.kind, g.kind);
      ownerOk += check('owner', best.owner === g.owner, best.owner, g.owner);
      dueOk += check('due', best.due === g.due, best.due, g.due);
      amountOk += check('amount', sameMoney(best.amount, g.amount), best.amount, g.amount);
    }
    for (const p of preds)
      if (!used.has(p))
        falseAlarms.push({ file: t.file, messageId: p.messageId, text: p.text, kind: p.kind });
  }
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    messages,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    kindAccuracy: ratio(kindOk, matched),
    ownerAccuracy: ratio(ownerOk, matched),
    dueAccuracy: ratio(dueOk, matched),
    amountAccuracy: ratio(amountOk, matched),
    misses,
    falseAlarms,
    mismatches,
  };
}
