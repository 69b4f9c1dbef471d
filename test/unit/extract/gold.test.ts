/**
 * Regression guard on the hand-written gold set (test/data/extract-gold). The floors sit a
 * little below what extraction reaches today (see docs/extract.md), so a real regression fails.
 * The held-out part (zz-holdout-2026-12-02pm-*) was written after the rules were last tuned, blind to them.
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

    // The tuning part includes the two former held-out parts, each after its one measurement:
    // the stop-12 part (105 messages) and the morning part of 2 December 2026 (127 messages).
    // When the second joined, before any tuning on it: F1 0.945, owner 0.987, due 0.984.
    it('keeps F1 at or above 0.94', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.94);
    });

    it('keeps owner accuracy at or above 0.98, due accuracy at or above 0.98 and every amount right', () => {
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.98);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.98);
      expect(score.amountAccuracy).toBe(1);
    });
  });

  // Floors set after the one measurement on the held-out part written on 2 December 2026
  // (F1 0.882, owner 0.965, due 0.965, amounts 1.00; docs/extract.md): a regression guard only.
  describe('held-out part', () => {
    const score = scoreGold(all.filter(isHoldout));

    it('keeps F1 at or above 0.86, owner at or above 0.94, due at or above 0.94 and every amount right', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.86);
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.94);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.94);
      expect(score.amountAccuracy).toBe(1);
    });
  });
});
