/**
 * A line of a list whose other lines read as items of one kind and side is one more of them
 * (src/extract/listSiblings.ts). Every message was written for this file. Sent Monday 2 March
 * 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { emptyLearning, learn } from '../../../src/extract/model/learning';
import { CLIENT, one } from './helpers';

const items = (text: string) =>
  extractThread(one(text, { from: CLIENT })).expectations.map((e) => [e.kind, e.owner, e.text]);

const WORK_LIST = `Hi Sam,

The van is due for its spring service and we'd like to book it in with you.

Work list:
1. Please service the engine and change the oil
2. Please fit new pads and discs on the front axle
3. Rotate the tyres and check the tracking
4. Regas the air conditioning

Could you send us a quote and a date?

Thanks,
Priya`;

describe('a line among list lines read as items', () => {
  it('takes their kind and side', () => {
    const found = items(WORK_LIST);
    expect(found).toContainEqual(['request', 'us', 'Rotate the tyres and check the tracking']);
    expect(found).toContainEqual(['request', 'us', 'Regas the air conditioning']);
  });

  it('is offered under "Maybe", read from its neighbours', () => {
    const line = extractThread(one(WORK_LIST, { from: CLIENT })).expectations.find(
      (e) => e.text === 'Regas the air conditioning',
    );
    expect(line?.confidence).toBeLessThan(0.6);
  });

  it('but not an answer or a thing attached', () => {
    const answers = `Hi Sam,

On your points:
- Please send the revised floor plan by Friday
- Please confirm the crane size by Thursday
- Delivery on 14 March: agreed
- Insurance certificate attached

Thanks`;
    const found = items(answers);
    expect(found).not.toContainEqual(['request', 'us', 'Delivery on 14 March: agreed']);
    expect(found.map((i) => i[2])).not.toContain('Insurance certificate attached');
  });
});

describe('priced lines under a pro forma sent', () => {
  it('are payments the reader owes, one per line', () => {
    const text =
      'Dear Ana,\n\nPro-forma PF-2031 is attached:\nBlazers 120 x €38.00 = €4,560.00\nTies 300 x €6.50 = €1,950.00\nTotal: €6,510.00 incl. VAT\n\nKind regards,\nSam';
    const payments = extractThread(one(text, { from: CLIENT })).expectations.filter(
      (e) => e.kind === 'payment',
    );
    expect(payments.map((e) => [e.owner, e.amount?.value])).toEqual([
      ['us', 38],
      ['us', 6.5],
      ['us', 6510],
    ]);
  });
});

describe('what the user keeps dismissing', () => {
  it('is not offered as a list line either, and is again after a reset', () => {
    let state = emptyLearning();
    for (let i = 0; i < 5; i++)
      state = learn(state, 'Regas the air conditioning', 'dismissed', 0.5, new Date('2026-03-01T10:00:00Z'));
    const texts = (adjustment = state) =>
      extractThread(one(WORK_LIST, { from: CLIENT }), { adjustment }).expectations.map((e) => e.text);
    expect(texts()).not.toContain('Regas the air conditioning');
    expect(texts()).toContain('Rotate the tyres and check the tracking');
    expect(texts(emptyLearning())).toContain('Regas the air conditioning');
  });
});
