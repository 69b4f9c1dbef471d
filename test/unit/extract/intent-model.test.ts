/**
 * The shipped intent model: its file says what it was trained on and how it scored, a few
 * scores are pinned (a retrain that changes them must update this test on purpose), and
 * extraction follows the model's verdict on asks.
 */
import { describe, expect, it } from 'vitest';
import { askFeaturesOf } from '../../../scripts/lib/intent-examples';
import shipped from '../../../src/extract/model/intent-weights.json';
import { extractThread } from '../../../src/extract/index';
import { intentLogit, SHIPPED_INTENT_MODEL, type IntentModel } from '../../../src/extract/model/intentModel';
import { one, US } from './helpers';

const score = (sentence: string) => intentLogit(SHIPPED_INTENT_MODEL, askFeaturesOf(sentence));

describe('the shipped intent model', () => {
  it('names the sha256 of its training data, its settings and its cross-validated figures', () => {
    expect(shipped.data.emailIntent.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shipped.data.gold.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shipped.settings.folds).toBe(5);
    expect(shipped.settings.lambdas).toContain(shipped.settings.lambda);
    const cv = shipped.crossValidated.emailIntent;
    // The model must beat the keyword rule out of fold at every share of asks it reports.
    for (const share of ['natural', 'asks25', 'asks50'] as const)
      expect(cv.model[share].f1).toBeGreaterThan(cv.keywordRule[share].f1);
  });

  it('scores these sentences as it did when it was trained', () => {
    expect(score('Could you review the draft?')).toBeCloseTo(2.985, 2);
    expect(score('The weather was nice.')).toBeCloseTo(-2.398, 2);
    expect(score('He will be in the office tomorrow.')).toBeCloseTo(-3.425, 2);
    expect(score('Do you have time for a call on Tuesday?')).toBeCloseTo(4.641, 2);
  });

  it('reads a clause without the greeting or name that opens it, and leaves a list label alone', () => {
    expect(score('Gary, could you review the draft?')).toBeCloseTo(score('could you review the draft?'), 6);
    expect(score('Hi Sam, could you review the draft?')).toBeCloseTo(score('could you review the draft?'), 6);
    expect(score('Thanks, please send the logo files.')).toBeCloseTo(score('please send the logo files.'), 6);
    // A word that opens a sentence anyway is no name, and a label before a colon is no greeting.
    expect(score('However, could you review the draft?')).not.toBeCloseTo(
      score('could you review the draft?'),
      6,
    );
    expect(score('Scope: two walls and the ceiling.')).not.toBeCloseTo(
      score('two walls and the ceiling.'),
      6,
    );
  });

  it('turns a client question about a time into a meeting we owe', () => {
    const [found] = extractThread(one('Do you have time for a call on Tuesday?')).expectations;
    expect(found).toMatchObject({ kind: 'meeting', owner: 'us' });
    expect(found!.confidence).toBeGreaterThan(0.9);
  });
});

describe('extraction with the model', () => {
  const never: IntentModel = { ...SHIPPED_INTENT_MODEL, bias: -20, weights: {} };
  const always: IntentModel = { ...SHIPPED_INTENT_MODEL, bias: 20, weights: {} };

  it('does not offer an ask the model rejects, even one the rules read as a request', () => {
    expect(extractThread(one('Could you review the draft?'), { model: never }).expectations).toEqual([]);
  });

  it('offers what the model reads as an ask from a client as a request we owe', () => {
    const found = extractThread(one('The quarterly numbers, whenever suits.'), {
      model: always,
    }).expectations;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'request', owner: 'us' });
  });

  it('binds the client when we write the ask', () => {
    const found = extractThread(one('The quarterly numbers, whenever suits.', { from: US }), {
      model: always,
    });
    expect(found.expectations[0]).toMatchObject({ kind: 'request', owner: 'client' });
  });

  it('never offers pleasantries or marketing, whatever the model says', () => {
    const text = "Don't hesitate to call me with any questions. Click here to claim your coupon.";
    expect(extractThread(one(text), { model: always }).expectations).toEqual([]);
  });

  it('offers an ask read in a clause of a conditional sentence only when the whole sentence reads as one', () => {
    // "please" asks; an opening "if" frames the sentence as a mere offer of help; "late" is status.
    const framed: IntentModel = {
      ...SHIPPED_INTENT_MODEL,
      bias: -1,
      weights: { 'w:if': -5, 'w:please': 3, 'w:late': -5 },
    };
    const read = (text: string) => extractThread(one(text), { model: framed }).expectations;
    expect(read('If you have any questions, please contact our team.')).toEqual([]);
    // Outside a conditional, the other clause of the sentence does not drag the ask down.
    expect(read('The deck is late, so please contact our team.')[0]).toMatchObject({
      kind: 'request',
      owner: 'us',
      text: 'please contact our team.',
    });
  });

  it('leaves commitments to the rules unless the model is sure of an ask', () => {
    const found = extractThread(one("I'll send the deck on Friday."), { model: never }).expectations;
    expect(found[0]).toMatchObject({ kind: 'deliverable', owner: 'client' });
  });
});
