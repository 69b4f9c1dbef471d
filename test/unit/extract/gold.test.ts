/**
 * Regression guard on the hand-written gold set (test/data/extract-gold). The floors sit a
 * little below what extraction reaches today (see docs/extract.md), so a real regression fails.
 * The held-out part (zz-holdout-2026-12-31-*) was written after the rules were last tuned, blind to them.
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

    // The tuning part includes the former held-out parts, each after its measurements (the stop-12
    // part, the four parts of 2 December 2026, the five parts of 3 December, the parts of 4 December
    // and those of 5 December up to the second round of 7 December) and 60 threads
    // written blind as tuning data (realistic-2026-12-02eve-* and realistic-2026-12-02night-*, each
    // scored once before joining): 7,533 messages, 28,684 expectations after the third round of 7
    // December relabelled four cases to the guide's decisions. After that round's rules, all three
    // models 5-fold cross-validated: F1 0.917, owner 0.977, due 0.967, amounts 0.997 (docs/extract.md).
    it('keeps F1 at or above 0.91', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.91);
    });

    it('keeps owner accuracy at or above 0.97, due accuracy at or above 0.95 and amounts at or above 0.99', () => {
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.97);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(score.amountAccuracy).toBeGreaterThanOrEqual(0.99);
    });
  });

  // Floors a little below the measurements on the blind held-out parts: the one written during the
  // second round of 7 December 2026 (264 messages, 1,146 expectations) scored F1 0.884, owner
  // 0.963, due 0.947, amounts 0.994 when read once at that round's end, and F1 0.895, due 0.960
  // after the third round's rules and retrained models (docs/extract.md); earlier
  // parts scored F1 0.85-0.93, owner 0.94-0.98 and amounts 0.976-1.00. Parts since 6 December
  // write local currencies out by country (kr, Kč, zł …), hence the amounts floor of 0.95.
  // A regression guard only.
  describe('held-out part', () => {
    const score = scoreGold(all.filter(isHoldout));

    it('keeps F1 at or above 0.82, owner at or above 0.92, due at or above 0.92, amounts at or above 0.95', () => {
      expect(score.f1).toBeGreaterThanOrEqual(0.82);
      expect(score.ownerAccuracy).toBeGreaterThanOrEqual(0.92);
      expect(score.dueAccuracy).toBeGreaterThanOrEqual(0.92);
      expect(score.amountAccuracy).toBeGreaterThanOrEqual(0.95);
    });
  });
});
