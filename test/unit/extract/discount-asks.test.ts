/**
 * A buyer asking for a discount is a negotiation, not marketing (issue 9, 5 December 2026,
 * afternoon): "Can you do 10% off the package?" was vetoed by the "10% off" of promotions. Every
 * line was written for this file. Sent Monday 2 March 2026 in New York, by the client.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, itemsOf } from './helpers';

describe('a discount asked of the reader', () => {
  it.each([
    'Can you do 10% off the package?',
    'Would you consider 10% off for an order of 200?',
    'Could you stretch to 15% off if we sign this week?',
  ])('"%s" is asked of us', (text) => {
    expect(itemsOf(text, CLIENT).map((e) => e.owner)).toEqual(['us']);
  });

  it.each(['Save 10% off all orders today!', 'Shop now and get 10% off your first order.'])(
    'but a promotion "%s" is still marketing',
    (text) => {
      expect(itemsOf(text, CLIENT)).toEqual([]);
    },
  );
});
