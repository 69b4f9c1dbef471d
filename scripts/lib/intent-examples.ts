/**
 * Turns the two sources into training examples for the intent model:
 * - email-intent rows (`Yes` = asks something of its reader), grouped by their text so a
 *   sentence repeated in the file never sits on both sides of a fold;
 * - gold-set sentences, labelled from the gold expectations: a sentence is an ask when it holds
 *   a request or meeting owed by the reader of its message, not one when it holds nothing or
 *   only what the writer owes; sentences holding another obligation of the reader (a payment, a
 *   hand-over) are left out as neither. Grouped by thread.
 */
import { classify } from '../../src/extract/classify';
import { findMoney } from '../../src/extract/money';
import { intentFeatures, withoutOpening } from '../../src/extract/model/features';
import { normalizeForMatching } from '../../src/extract/normalize';
import { sidesOf } from '../../src/extract/owner';
import { liveRanges } from '../../src/extract/quoted';
import { splitSentences } from '../../src/extract/sentences';
import type { GoldThread } from './gold-score';
import type { IntentRow } from './intent-data';
import type { Example } from './intent-train';

/** The rules' first reading of a clause, as extraction computes it before any date is read. */
function ruleOf(clause: string) {
  return classify(clause, findMoney(clause).length > 0, false);
}

/** The features of a clause exactly as extraction computes them (the commitment and obligation models). */
export function featuresOf(clause: string): string[] {
  return intentFeatures(clause, { rule: ruleOf(clause) });
}

/** The features the intent model reads: those of the clause without its opening greeting or name. */
export function askFeaturesOf(clause: string): string[] {
  return intentFeatures(withoutOpening(clause), { rule: ruleOf(clause) });
}

export function rowExamples(rows: IntentRow[]): Example[] {
  return rows.map((r) => ({
    features: askFeaturesOf(r.text),
    label: r.label,
    group: 'tsv:' + r.text.trim().toLowerCase(),
  }));
}

export function goldGroup(t: GoldThread, index: number): string {
  return `gold:${t.file}#${index}`;
}

export interface GoldSentence {
  text: string;
  label: boolean;
  group: string;
}

export function goldSentences(threads: GoldThread[]): GoldSentence[] {
  const out: GoldSentence[] = [];
  threads.forEach((t, ti) => {
    for (const message of t.thread.messages) {
      const norm = normalizeForMatching(message.text);
      const { reader } = sidesOf(message.from, message.to, message.cc, t.thread.self);
      const spans = t.expected
        .filter((g) => g.messageId === message.id)
        .map((g) => {
          const at = message.text.indexOf(g.snippet);
          return { ...g, start: at, end: at + g.snippet.length };
        });
      for (const s of splitSentences(norm, liveRanges(norm))) {
        const inside = spans.filter((g) => g.start < s.end && g.end > s.start);
        const ask = inside.some((g) => g.owner === reader && (g.kind === 'request' || g.kind === 'meeting'));
        const otherOfReader = inside.some((g) => g.owner === reader);
        if (!ask && otherOfReader) continue;
        out.push({ text: norm.slice(s.start, s.end), label: ask, group: goldGroup(t, ti) });
      }
    }
  });
  return out;
}

export function goldExamples(threads: GoldThread[]): Example[] {
  return goldSentences(threads).map((s) => ({
    features: askFeaturesOf(s.text),
    label: s.label,
    group: s.group,
  }));
}
