import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { one, US } from './helpers';

describe('signals', () => {
  it.each([
    'Attached is the revised proposal.',
    'The logo files are attached.',
    'Payment sent.',
    'Done.',
    "I've uploaded the photo library to the shared drive.",
  ])('reads "%s" as a delivery by the writer', (text) => {
    const r = extractThread(one(text));
    expect(r.signals).toHaveLength(1);
    expect(r.signals[0]).toMatchObject({ type: 'delivery', owner: 'client' });
    expect(r.expectations).toEqual([]);
  });

  it('names what was delivered for matching', () => {
    expect(extractThread(one('Attached is the revised proposal.')).signals[0]!.subject).toBe(
      'revised proposal',
    );
  });

  it('reads a reschedule as drift with the new date, not as a new item', () => {
    const r = extractThread(one('Can we push the guidelines to March 27?'));
    expect(r.expectations).toEqual([]);
    expect(r.signals).toEqual([
      expect.objectContaining({ type: 'drift', owner: 'client', newDue: '2026-03-27', newAmount: null }),
    ]);
  });

  it('reads added scope as drift for the reader and as a new request', () => {
    const r = extractThread(one('Could you also add a FAQ page?'));
    expect(r.signals[0]).toMatchObject({ type: 'drift', owner: 'us', addedScope: 'a FAQ page' });
    expect(r.expectations[0]).toMatchObject({ kind: 'request', owner: 'us' });
  });

  it('reads a new amount in a drift', () => {
    const r = extractThread(one('Could we change the fee to $4,500 instead of $5,000?', { from: US }));
    expect(r.signals[0]).toMatchObject({
      type: 'drift',
      owner: 'us',
      newAmount: { value: 4500, currency: 'USD' },
    });
  });

  it('keeps a delivery that states money owed as a payment too', () => {
    const r = extractThread(one('Invoice for $6,200 is attached, payable within 7 days.', { from: US }));
    expect(r.signals[0]).toMatchObject({ type: 'delivery' });
    expect(r.expectations[0]).toMatchObject({ kind: 'payment', owner: 'client', due: '2026-03-09' });
  });
});
