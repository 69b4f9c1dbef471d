/**
 * Regression guard on the hand-written gold set (test/data/extract-gold). The floors sit a
 * little below what extraction reaches today (see docs/extract.md), so a real regression fails.
 * The held-out part (zz-holdout-2026-12-02night-*) was written after the rules were last tuned, blind to them.
 */
import { describe, expect, it } from 'vitest';
import { isHoldout, loadGold, scoreGold } from '../../../scripts/lib/gold-score';

const all = loadGold();
const messages = (threads: typeof all) => threads.reduce((n, t) => n + t.thread.messages.length, 0);

describe('gold set', () => {
  it('has at least 300 messages, 100 of them held out', () => {
    expect(messages(all)).toBeGreaterThanOrEqual(300);
    expect(messages(all.filter(isHoldout))).toBeGreaterThanOrEqual(100);
  });

  describe('tuning part', () => {
    const score = scoreGold(all.filter((t) => !isHoldout(t)));

    // The tuning part includes the three former held-out parts, each after its one measurement:
    // the stop-12 part (105 messages), the morning part of 2 December 2026 (127 messages) and the
    // afternoon part (126 messages), and 30 threads written blind this evening
    // (realistic-2026-12-02eve-*, 93 messages, scored once before joining: F1 0.776, owner 0.895).
    // With both joined, before any tuning on them: F1 0.904, owner 0.965, due 0.967, amounts
    // 0.997 (646 messages, 1,308 expectations); after the evening's rules, both models 5-fold
    // cross-validated: F1 0.931, owner 0.978, due 0.976, amounts 0.998.
    it('keeps F1 at or above 0.92', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.92);
    });

    it('keeps owner accuracy at or above 0.97, due accuracy at or above 0.97 and amounts at or above 0.99', () => {
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.97);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.97);
      expect(score.amountAccuracy).toBeGreaterThanOrEqual(0.99);
    });
  });

  // Floors set after the one measurement on the held-out part written blind by two annotators on
  // the evening of 2 December 2026 (272 messages, 921 expectations: F1 0.829, owner 0.943, due
  // 0.929, amounts 0.990; docs/extract.md): a regression guard only, below the bars,
  // which this part does not meet yet.
  describe('held-out part', () => {
    const score = scoreGold(all.filter(isHoldout));

    it('keeps F1 at or above 0.81, owner at or above 0.92, due at or above 0.91, amounts at or above 0.98', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.81);
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.92);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.91);
      expect(score.amountAccuracy).toBeGreaterThanOrEqual(0.98);
    });
  });
});
