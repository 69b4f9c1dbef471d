/**
 * Quality bars said as a necessity, a department's rule, a property of every piece of the work or
 * a measure it is made to (issue 9, the small hours of 6 December 2026): "It is essential that
 * the panel stays between 50 and 55% humidity", "Our risk office requires all vendors to carry
 * $2M cover", "All treatment materials will be reversible", "All episodes will be mastered to -16
 * LUFS". Every line was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, itemsOf } from './helpers';

const kinds = (text: string, from: typeof US) => itemsOf(text, from).map((e) => [e.kind, e.owner]);

describe('a bar said another way', () => {
  it.each([
    ['It is essential that the showroom stays below 22 °C during the install.', CLIENT, 'us'],
    [
      'Our legal department requires all subcontractors to carry $5M in professional indemnity cover.',
      CLIENT,
      'us',
    ],
  ])('"%s" binds the reader who does the work', (text, from, owner) => {
    expect(kinds(text, from)).toEqual([['standard', owner]]);
  });

  it.each([
    ['All our varnishes will be reversible, as the conservation brief asks.'],
    ['Every track will be mastered to -14 LUFS for streaming.'],
  ])('"%s" is a bar the writer sets on its own work', (text) => {
    expect(kinds(text, US)).toEqual([['standard', 'us']]);
  });

  it('"Our procurement team requires it for vendor registration" is no bar on the work', () => {
    expect(
      kinds('Our procurement team requires it for vendor registration.', CLIENT).map((k) => k[0]),
    ).not.toContain('deliverable');
  });
});

// Fourth round of 7 December 2026: a bar set first keeps its prohibition ("can't", "cannot")
// after it, which the negation noise had read as a refusal.
describe('a bar with a prohibition after it', () => {
  it.each([
    ["Riders must be 14 or over, wear flat shoes and can't ride after a drink.", US, 'client'],
    ['It must show our VAT number DE123456789, otherwise our accounts team cannot process it.', CLIENT, 'us'],
  ])('"%s" is a standard', (text, from, owner) => {
    expect(kinds(text, from)).toEqual([['standard', owner]]);
  });

  it('"We cannot deliver on Friday" stays a refusal', () => {
    expect(itemsOf('We cannot deliver on Friday, as the van is in the garage.', US)).toEqual([]);
  });
});
