/**
 * Regression guard on the hand-written gold set (test/data/extract-gold). The floors sit a
 * little below what extraction reaches today (see docs/extract.md), so a real regression fails.
 */
import { describe, expect, it } from 'vitest';
import { scoreGold } from '../../../scripts/lib/gold-score';

describe('gold set', () => {
  const score = scoreGold();

  it('has at least 60 messages', () => {
    expect(score.messages).toBeGreaterThanOrEqual(60);
  });

  it('keeps F1 at or above 0.93', () => {
    expect(score.f1).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps owner accuracy at or above 0.95, due accuracy at or above 0.90 and every amount right', () => {
    expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.amountAccuracy).toBe(1);
  });
});
