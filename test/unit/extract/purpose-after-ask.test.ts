/**
 * An ask is of the kind of what it asks, not of the writer's purpose after it (issue 9, 5
 * December 2026, afternoon): "Could you e-mail me your mailing address so I can send off a
 * cheque" asks for an address, "Please sign and return by December 18 so we can schedule the Q1
 * visit" for a signature. Every line was written for this file. Sent Monday 2 March 2026 in New
 * York, by the client.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, brief, itemsOf } from './helpers';

describe('the writer’s purpose after an ask', () => {
  it.each([
    ['Could you e-mail me your mailing address so I can send off a cheque?', null],
    ['Please sign and return the form by Friday so we can schedule the Q1 visit.', '2026-03-06'],
    ['Could you turn the proofs around by Thursday so we can pay within the 21 days?', '2026-03-05'],
  ])('"%s" is a request of us', (text, due) => {
    expect(itemsOf(text, CLIENT).map(brief)).toEqual([['request', 'us', due]]);
  });

  it('but an ask to pay stays a payment', () => {
    expect(itemsOf('Please pay the deposit by Friday so we can book the crew.', CLIENT).map(brief)).toEqual([
      ['payment', 'us', '2026-03-06'],
    ]);
  });
});
