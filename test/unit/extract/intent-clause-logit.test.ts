/**
 * Extraction scores clauses with `clauseIntentLogit`, which sums the weights without building
 * the feature strings; it must give exactly (bit for bit) the score of `intentLogit` over
 * `intentFeatures`, the path training uses.
 */
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/extract/classify';
import { intentFeatures } from '../../../src/extract/model/features';
import {
  clauseIntentLogit,
  intentLogit,
  SHIPPED_INTENT_MODEL,
  type IntentModel,
} from '../../../src/extract/model/intentModel';

const long = Array.from({ length: 30 }, (_, i) => `item ${i} for you and the team`).join(', ');

const clauses = [
  'Could you review the draft?',
  'Please, please send the deck to the client and the deck to me by Friday 3/4 at 10am.',
  'I will call you tomorrow about the $2,400 invoice www.example.com/x?y=1',
  'Send it.',
  '',
  "We'd like to meet on Tuesday; would 2pm work for you?",
  long,
  long + ' ' + long,
];

const readings: (Classification | null)[] = [
  null,
  { frame: 'request', kind: 'meeting', confidence: 0.7 },
  { frame: 'commit', kind: 'deliverable', confidence: 0.8 },
];

function sameScore(model: IntentModel) {
  for (const clause of clauses)
    for (const rule of readings) {
      const slow = intentLogit(model, intentFeatures(clause, { rule }));
      expect(Object.is(clauseIntentLogit(model, clause, { rule }), slow), clause).toBe(true);
    }
}

describe('clauseIntentLogit', () => {
  it('gives the shipped model the same score as its feature list', () => sameScore(SHIPPED_INTENT_MODEL));

  it('gives another model the same score, repeats and long clauses included', () => {
    const weights: Record<string, number> = {};
    // Every feature of every clause, with weights whose sum depends on the order of addition.
    for (const clause of clauses)
      for (const rule of readings)
        for (const f of intentFeatures(clause, { rule })) weights[f] = 0.1 + (f.length % 7) * 1e-9;
    sameScore({ ...SHIPPED_INTENT_MODEL, bias: 0.3, weights });
  });
});
