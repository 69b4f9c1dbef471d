/**
 * A list line naming a thing and how many, with no price ("- House blend: 48kg", "- Chain
 * lube, 120ml: 300 bottles"), is a quantity the writer wants: a request to the reader, whichever
 * neutral heading it sits under (issue 9, the small hours of 6 December 2026; in the gold tuning
 * part all 100 such lines are). Every line was written for this file. Sent Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

const enquiry = `Hi Dana,

We're restocking both shops before Easter. Rough volumes per month:

- Chain lube, 120ml: 300 bottles
- Inner tubes 700x28: 1,200 pcs
- Bar tape (black): 80 rolls

Can you cover those from April?

Thanks, Sam`;

describe('quantity lines', () => {
  it('are requests to the reader under a neutral heading', () => {
    expect(itemsOf(enquiry, CLIENT).map(brief)).toEqual([
      ['request', 'us', null],
      ['request', 'us', null],
      ['request', 'us', null],
      ['request', 'us', null],
    ]);
  });

  it("stay the writer's under the writer's own heading", () => {
    const delivery = `Hi Sam,

What we'll deliver on Friday:

- Chain lube, 120ml: 300 bottles
- Inner tubes 700x28: 1,200 pcs

Dana`;
    const items = itemsOf(delivery, US);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.owner === 'us')).toBe(true);
  });
});
