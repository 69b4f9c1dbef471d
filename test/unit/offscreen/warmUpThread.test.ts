/**
 * The made-up thread that warms the offscreen document at a mail page's start
 * (src/offscreen/warmUpThread.ts) is only worth sending while it still runs the rules real
 * mail runs: these checks fail if an edit to it, or to the rules, leaves most of them idle.
 */
import { extractThread } from '../../../src/extract';
import { emptyLearning } from '../../../src/extract/model/learning';
import { WARM_UP_INPUT } from '../../../src/offscreen/warmUpThread';
import { isExtractRequest } from '../../../src/offscreen/protocol';
import { warmUpRequest, REMOTE_MAX_CHARS } from '../../../src/worker/warmExtractor';

describe('the warm-up thread', () => {
  const result = extractThread(WARM_UP_INPUT, { adjustment: emptyLearning() });

  it('is a request the document answers, small enough to send', () => {
    expect(isExtractRequest(warmUpRequest())).toBe(true);
    const chars = WARM_UP_INPUT.messages.reduce((n, m) => n + m.text.length, 0);
    expect(chars).toBeLessThan(REMOTE_MAX_CHARS / 20);
  });

  it('runs the rules for every kind of expectation the panel offers', () => {
    const kinds = new Set(result.expectations.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['deliverable', 'meeting', 'payment', 'request', 'standard']),
    );
    expect(result.expectations.length).toBeGreaterThan(15);
  });

  it('runs the delivery and drift signals too', () => {
    expect(result.signals.length).toBeGreaterThan(0);
  });
});
