/**
 * The commitment model (obligation or status?): extraction withdraws a rule's commitment only
 * when the model reads it as status, the threshold is chosen by net gain, and the shipped file
 * says what it was trained on.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMITMENT_LABELS, loadCommitmentRows } from '../../../scripts/lib/commitment-examples';
import { chooseStatusBelow, netGain } from '../../../scripts/lib/commitment-train';
import { featuresOf } from '../../../scripts/lib/intent-examples';
import { classify } from '../../../src/extract/classify';
import { extractThread } from '../../../src/extract/index';
import shipped from '../../../src/extract/model/commitment-weights.json';
import {
  clauseReadsAsStatus,
  obligationLogit,
  readsAsStatus,
  SHIPPED_COMMITMENT_MODEL,
  type CommitmentModel,
} from '../../../src/extract/model/commitmentModel';
import { one, US } from './helpers';

const withdrawAll: CommitmentModel = { bias: -10, weights: {}, statusBelow: 0 };
const keepAll: CommitmentModel = { bias: 10, weights: {}, statusBelow: 0 };

describe('the commitment model at run time', () => {
  it('adds the weights of the features it knows to its bias', () => {
    const m: CommitmentModel = { bias: 0.5, weights: { 'w:send': 2, 'w:be': -3 }, statusBelow: -1 };
    expect(obligationLogit(m, ['w:send', 'w:unknown'])).toBeCloseTo(2.5);
    expect(readsAsStatus(m, ['w:be'])).toBe(true);
    expect(readsAsStatus(m, ['w:be', 'w:send'])).toBe(false);
  });

  it('withdraws a commitment the model reads as status, and only a commitment', () => {
    const sentence = 'I will revise the floor plan by Friday.';
    const kept = extractThread(one(sentence, { from: US }), { commitment: keepAll }).expectations;
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: 'deliverable', owner: 'us' });
    expect(extractThread(one(sentence, { from: US }), { commitment: withdrawAll }).expectations).toEqual([]);
    // Nor a hand-over to the reader promised in so many words.
    const handOver = 'I will send you the revised floor plan by Friday.';
    expect(extractThread(one(handOver, { from: US }), { commitment: withdrawAll }).expectations).toHaveLength(
      1,
    );
    // An ask and a payment are not the commitment model's to withdraw.
    const ask = 'Could you send the signed lease by Friday?';
    expect(extractThread(one(ask), { commitment: withdrawAll }).expectations).toHaveLength(1);
    const pay = 'Payment of $2,400 is due within 30 days.';
    expect(extractThread(one(pay, { from: US }), { commitment: withdrawAll }).expectations).toHaveLength(1);
  });
});

describe('choosing the threshold', () => {
  const scored = [
    { z: -4, label: false },
    { z: -2.2, label: false },
    { z: -1.2, label: true },
    { z: -0.7, label: false },
    { z: 1, label: true },
  ];

  it('counts status withdrawn minus obligations lost', () => {
    expect(netGain(scored, -2)).toBe(2);
    expect(netGain(scored, -1)).toBe(1);
    expect(netGain(scored, 0)).toBe(2);
  });

  it('takes the most cautious threshold of the best gain, and withdraws nothing when nothing gains', () => {
    expect(chooseStatusBelow(scored)).toBe(-2);
    expect(chooseStatusBelow([{ z: -5, label: true }])).toBe(-Infinity);
  });

  it('never takes a threshold that costs the gold commitments more than it gains them', () => {
    const withGold = [
      ...scored,
      { z: -0.8, label: true, gold: true },
      { z: -0.6, label: true, gold: true },
      { z: -2.1, label: false, gold: true },
    ];
    // Below -0.5 or 0 would lose a gold obligation on balance; of the rest, below -2 gains most (3).
    expect(chooseStatusBelow(withGold)).toBe(-2);
  });
});

describe('the shipped commitment model', () => {
  it('names the sha256 of its training data, its settings and its cross-validated figures', () => {
    expect(shipped.data.labelled.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shipped.data.gold.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(shipped.settings.lambdas).toContain(shipped.settings.lambda);
    expect(shipped.crossValidated.labelled.status).toBeGreaterThan(0);
    expect(SHIPPED_COMMITMENT_MODEL.statusBelow).toBeLessThanOrEqual(0);
  });

  it('scores these sentences as it did when it was trained, and withdraws the status ones', () => {
    const score = (s: string) => obligationLogit(SHIPPED_COMMITMENT_MODEL, featuresOf(s));
    expect(score('I will be in Chicago all next week.')).toBeCloseTo(-1.703, 2);
    expect(score("We're going to the lake house this weekend.")).toBeCloseTo(-4.018, 2);
    expect(score("I'll send you the signed contract tomorrow.")).toBeCloseTo(4.417, 2);
    expect(score('Our team will deliver the wireframes by Friday.')).toBeCloseTo(2.736, 2);
    // The rules alone would offer this one as the client's deliverable; the model withdraws it.
    const chatter = "I'm going to try to leave early tomorrow afternoon.";
    expect(extractThread(one(chatter), { commitment: keepAll }).expectations).toHaveLength(1);
    expect(extractThread(one(chatter)).expectations).toEqual([]);
    expect(
      extractThread(one("I'll send you the signed contract tomorrow.", { from: US })).expectations,
    ).toHaveLength(1);
  });
});

describe('the labelled sentences', () => {
  it('label every sentence of sentences.txt, in order, byte for byte', () => {
    const sentences = readFileSync(resolve(COMMITMENT_LABELS, '../sentences.txt'), 'utf8').split('\n');
    if (sentences.at(-1) === '') sentences.pop();
    expect(loadCommitmentRows().map((r) => r.text)).toEqual(sentences);
  });
});

describe('the fast path', () => {
  it('reads a clause exactly as the feature strings do', () => {
    const m: CommitmentModel = {
      bias: -0.2,
      weights: {
        'w:send': 1.5,
        'b:be_in': -2,
        'c:future': -0.4,
        'r:commit:deliverable': 0.3,
        'c:len<=8': 0.1,
      },
      statusBelow: -0.5,
    };
    for (const s of [
      "I'll send you the plans on Monday.",
      'I will be in Denver next week.',
      'We will be in touch.',
      'Our team will send the report by Friday, and I will be in Boston.',
    ]) {
      const rule = classify(s, false, false);
      expect(clauseReadsAsStatus(m, s, { rule })).toBe(obligationLogit(m, featuresOf(s)) < m.statusBelow);
    }
  });
});
