/**
 * Training examples for the obligation model (does a sentence hold something one side owes the
 * other that is not an ask: a deliverable, a payment, a quality bar?), from the gold set's
 * tuning part: each live sentence of each message, labelled an obligation when a gold
 * deliverable, payment or standard lies in it. Sentences holding only asks are left out (the
 * intent model reads those). Grouped by thread, with the intent model's group names, so the
 * models can share one fold assignment.
 */
import { normalizeForMatching } from '../../src/extract/normalize';
import { liveRanges } from '../../src/extract/quoted';
import { splitSentences } from '../../src/extract/sentences';
import type { GoldThread } from './gold-score';
import { featuresOf, goldGroup } from './intent-examples';
import type { Example } from './intent-train';

const OWED = new Set(['deliverable', 'payment', 'standard']);

export function goldObligationExamples(threads: GoldThread[]): Example[] {
  const out: Example[] = [];
  threads.forEach((t, ti) => {
    for (const message of t.thread.messages) {
      const norm = normalizeForMatching(message.text);
      const items = t.expected
        .filter((g) => g.messageId === message.id)
        .map((g) => {
          const at = message.text.indexOf(g.snippet);
          return { kind: g.kind, start: at, end: at + g.snippet.length };
        });
      for (const s of splitSentences(norm, liveRanges(norm))) {
        const inside = items.filter((g) => g.start < s.end && g.end > s.start);
        const owed = inside.some((g) => OWED.has(g.kind));
        if (!owed && inside.length > 0) continue;
        out.push({ features: featuresOf(norm.slice(s.start, s.end)), label: owed, group: goldGroup(t, ti) });
      }
    }
  });
  return out;
}
