/**
 * Whoever announces when money will be paid is the one paying it (issue 9, 5 December 2026, late
 * morning): "The retainer will be paid within 45 days of invoice", "Wire for the balance goes out
 * tomorrow from our office". A payee states its terms as "is payable" or "is due". Every sentence
 * was written for this file; sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { brief, itemsOf, US } from './helpers';

describe('a payment announced in the passive', () => {
  it("is the writer's own to pay", () => {
    expect(itemsOf('The retainer will be paid within 45 days of invoice.', US).map(brief)).toEqual([
      ['payment', 'us', null],
    ]);
    expect(itemsOf('Wire for the balance goes out tomorrow from our office.').map(brief)).toEqual([
      ['payment', 'client', '2026-03-03'],
    ]);
  });

  it('needs money to be about: released keys are no payment', () => {
    expect(itemsOf('Keys will be released on Monday once these are in.').map((e) => e.kind)).not.toContain(
      'payment',
    );
  });
});
