/**
 * The obligation model (does a clause the rules pass over still owe something that is not an
 * ask?): it reads only what the rules leave, never a list line or a clause the noise rules
 * veto, its findings carry its calibrated confidence, and the shipped file says what it was
 * trained on.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../scripts/lib/intent-examples';
import { logitOf } from '../../../scripts/lib/intent-train';
import { classify } from '../../../src/extract/classify';
import { extractThread } from '../../../src/extract/index';
import shipped from '../../../src/extract/model/obligation-weights.json';
import {
  clauseObligationLogit,
  obligationConfidence,
  SHIPPED_OBLIGATION_MODEL,
  type ObligationModel,
} from '../../../src/extract/model/obligationModel';
import { CLIENT, one, US } from './helpers';

const offerAll: ObligationModel = { bias: 10, weights: {}, offerAbove: 1.5, calibration: { a: 0.1, b: 0 } };
const offerNone: ObligationModel = { bias: -10, weights: {}, offerAbove: 1.5, calibration: { a: 1, b: 0 } };
// The commitment model would judge the deliverables found: kept out, so these tests read this model alone.
const keepAll = { bias: 10, weights: {}, statusBelow: 0 };
const items = (text: string, obligation: ObligationModel, from = US) =>
  extractThread(one(text, { from }), { obligation, commitment: keepAll }).expectations;

describe('the obligation model at run time', () => {
  it('offers a clause the rules pass over, with its kind from the words and its calibrated confidence', () => {
    const text = 'The tiles are laid on a bed of lime mortar.';
    expect(items(text, offerNone)).toEqual([]);
    const [found] = items(text, offerAll);
    expect(found).toMatchObject({ kind: 'deliverable', owner: 'us' });
    // σ(0.1 × 10) = 0.73: the model's calibrated confidence, not a rule's.
    expect(found!.confidence).toBeCloseTo(obligationConfidence(offerAll, 10), 2);
    expect(found!.confidence).toBeCloseTo(0.73, 2);
  });

  it('binds a sum to whoever pays', () => {
    const text = 'Tolls around €40 daily on top.';
    expect(items(text, offerNone)).toEqual([]);
    expect(items(text, offerAll)[0]).toMatchObject({ kind: 'payment', owner: 'client' });
  });

  it('never reads what the rules already read, a vetoed clause or a line under a heading', () => {
    const promise = "I'll send the floor plan on Friday.";
    expect(items(promise, offerAll)).toEqual(items(promise, offerNone));
    expect(items('We never agreed to the extra coat of paint.', offerAll)).toEqual([]);
    const list = 'Agenda for Thursday:\n\n- Kitchen layout\n- Lighting plan\n\nThanks';
    expect(items(list, offerAll)).toEqual(items(list, offerNone));
  });
});

describe('the shipped obligation model', () => {
  it('names the sha256 of its training data, its settings, its threshold and its cross-validated figures', () => {
    expect(shipped.data.gold.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shipped.settings.lambdas).toContain(shipped.settings.lambda);
    expect(shipped.crossValidated.precision).toBeGreaterThan(0.5);
    expect(SHIPPED_OBLIGATION_MODEL.offerAbove).toBe(1.5);
  });

  it('scores these sentences as it did when it was trained, and offers the sure ones', () => {
    const score = (s: string) =>
      clauseObligationLogit(SHIPPED_OBLIGATION_MODEL, s, { rule: classify(s, false, false) });
    expect(score('Ancillary costs are charged at a flat 5% of the net fee.')).toBeCloseTo(3.265, 2);
    expect(
      score('Proto samples will be ready 10 working days after we receive your yarn approval.'),
    ).toBeCloseTo(2.522, 2);
    expect(score('The weather was lovely in Lisbon.')).toBeCloseTo(-3.705, 2);
    expect(score('Thanks again for a great meeting.')).toBeCloseTo(-5.095, 2);
    // The rules alone read nothing in this lead time; the shipped model offers it.
    const lead = 'Proto samples will be ready 10 working days after we receive your yarn approval.';
    expect(items(lead, offerNone, CLIENT)).toEqual([]);
    expect(extractThread(one(lead)).expectations.map((e) => [e.kind, e.owner])).toEqual([
      ['deliverable', 'client'],
    ]);
  });
});

describe('the fast path', () => {
  it('reads a clause exactly as the feature strings do', () => {
    const m: ObligationModel = {
      bias: -0.2,
      weights: { 'w:laid': 1.5, 'b:on_a': -0.5, 'c:len<=8': 0.1, 'w:mortar': 0.7 },
      offerAbove: 1,
      calibration: { a: 1, b: 0 },
    };
    const fitted = { bias: m.bias, weights: new Map(Object.entries(m.weights)) };
    for (const s of [
      'The tiles are laid on a bed of lime mortar.',
      'Mortar by Friday.',
      'We were on a call.',
    ]) {
      expect(clauseObligationLogit(m, s, { rule: classify(s, false, false) })).toBeCloseTo(
        logitOf(fitted, featuresOf(s)),
        10,
      );
    }
  });
});

describe('what the obligation model never offers, however sure', () => {
  it.each([
    'Invoice 2231 paid by bank transfer on 27 February.',
    'All the staff were trained on the new till by Friday.',
    'The install crew finished early, by 3pm.',
    'Every month we send the usage report on the 1st.',
    'Trevor will be at the plant by 11.',
  ])('"%s": a report, status or the writer\'s routine', (sentence) => {
    expect(items(sentence, offerAll, CLIENT)).toEqual([]);
  });

  it('reads a word of billing as a payment: "Cancellations within 14 days of the event are charged in full."', () => {
    expect(
      items('Cancellations within 14 days of the event are charged in full.', offerAll, CLIENT)[0],
    ).toMatchObject({
      kind: 'payment',
    });
  });
});
