/**
 * A sum set in the writer's payment run is the writer's payment (issue 9, 5 December 2026,
 * afternoon): "Deposit is in the check run this Friday", "It will be included in the payment run
 * on Friday 5 February". Every line was written for this file. Sent Monday 2 March 2026 in New
 * York, by the client, who pays.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

describe('a payment run', () => {
  it.each([
    ['Deposit is in the check run this Friday.', '2026-03-06'],
    ['Your invoice will be included in the payment run on Friday 13 March.', '2026-03-13'],
    ["The balance goes out with next Thursday's BACS run.", '2026-03-12'],
  ])('"%s" is the writer’s payment', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['payment', 'client', due]]);
  });

  it('but a run that holds no money of this thread is no payment', () => {
    expect(itemsOf('The new server is in the test run this Friday.', CLIENT)).toEqual([]);
  });
});
