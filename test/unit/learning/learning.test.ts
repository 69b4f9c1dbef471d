/** The pure learning step and its summary in words (src/extract/model/learning.ts). */
import { emptyLearning, learn, learnableFeatures, summarize } from '../../../src/extract/model/learning';
import { adjustmentLogit } from '../../../src/extract/model/intentModel';

const NOW = new Date('2026-03-02T10:00:00Z');
const words = learnableFeatures;

describe('learning one step at a time', () => {
  it('lowers the score of a dismissed sentence by the rate times its offered confidence', () => {
    const s = 'Would you mind forwarding the memo?';
    const after = learn(emptyLearning(), s, 'dismissed', 0.9, NOW);
    expect(adjustmentLogit(after, words(s))).toBeCloseTo(-3 * 0.9, 2);
    expect(after).toMatchObject({ dismissed: 1, accepted: 0, added: 0, updatedAt: NOW.toISOString() });
  });

  it('barely moves a sure suggestion the user accepts, and raises an unlikely one they add', () => {
    const accepted = learn(emptyLearning(), 'Could you send the deck?', 'accepted', 0.95, NOW);
    expect(adjustmentLogit(accepted, words('Could you send the deck?'))).toBeCloseTo(0.15, 2);
    const added = learn(emptyLearning(), 'The photos go to Marco.', 'added', 0.1, NOW);
    expect(adjustmentLogit(added, words('The photos go to Marco.'))).toBeCloseTo(2.7, 2);
  });

  it('never lets one word move a score without bound', () => {
    let state = emptyLearning();
    for (let i = 0; i < 200; i++) state = learn(state, 'ok', 'dismissed', 0.9, NOW);
    expect(Math.min(...Object.values(state.offsets))).toBeGreaterThanOrEqual(-3);
  });

  it('teaches nothing, but counts, for a sentence without words', () => {
    const after = learn(emptyLearning(), '—', 'dismissed', 0.9, NOW);
    expect(after.offsets).toEqual({});
    expect(after.dismissed).toBe(1);
  });

  it('says what it learned in words a person reads', () => {
    let state = emptyLearning();
    state = learn(state, 'I will be in the office tomorrow.', 'dismissed', 0.8, NOW);
    state = learn(state, 'The photos go to Marco.', 'added', 0.1, NOW);
    const summary = summarize(state);
    expect(summary.less).toContain('“will be”');
    expect(summary.more).toContain('“go to”');
    expect(summary.more).toContain('“photos go”');
    // Common words alone teach nothing.
    expect([...summary.less, ...summary.more]).not.toContain('“the”');
    expect([...summary.less, ...summary.more]).not.toContain('starting “the”');
    expect([...summary.less, ...summary.more].join(' ')).not.toMatch(/\b[wb]:/);
  });
});
