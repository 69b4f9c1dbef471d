/**
 * Extraction scores clauses with `clauseIntentLogit`, which sums the weights without building
 * the feature strings; it must give exactly (bit for bit) the score of `intentLogit` over
 * `intentFeatures`, the path training uses.
 */
import fc from 'fast-check';
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

describe('clauseIntentLogit on random text', () => {
  // Pieces that exercise the scan: the model's own words and pairs, apostrophes, numbers with
  // separators, question marks, URLs, capitals, non-ASCII letters and lone punctuation.
  const vocabulary = [
    ...Object.keys(SHIPPED_INTENT_MODEL.weights)
      .filter((f) => f.startsWith('w:') || f.startsWith('b:'))
      .slice(0, 400)
      .map((f) => f.slice(2).replace('_', ' ').replace('<s>', '')),
    "we'll",
    "it's'",
    "'s",
    '3,400.50',
    '12:30',
    '1.',
    '?',
    'www.example.com/a?b',
    'https://x.io',
    '$link',
    'SEND',
    'Ünïcode',
    'İstanbul',
    '_',
    "''",
  ];
  const clause = fc
    .array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 6 })), { maxLength: 30 })
    .chain((parts) => fc.constantFrom(' ', '', ', ').map((sep) => parts.join(sep)));
  const rule = fc.constantFrom(...readings);

  it('is bit for bit the score of the feature list, for the shipped model and a dense one', () => {
    const samples = fc.sample(fc.tuple(clause, rule), 400);
    // A second model that knows every word and pair of the samples, so that every lookup hits.
    const dense: Record<string, number> = { ...SHIPPED_INTENT_MODEL.weights };
    for (const [text, r] of samples)
      for (const f of intentFeatures(text, { rule: r })) dense[f] ??= 0.01 + (f.length % 5) * 1e-7;
    const models = [SHIPPED_INTENT_MODEL, { ...SHIPPED_INTENT_MODEL, weights: dense }];
    for (const [text, r] of samples)
      for (const model of models) {
        const slow = intentLogit(model, intentFeatures(text, { rule: r }));
        expect(Object.is(clauseIntentLogit(model, text, { rule: r }), slow), text).toBe(true);
      }
  });
});
