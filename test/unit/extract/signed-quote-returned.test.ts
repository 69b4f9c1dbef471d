/**
 * A signed quote the buyer sends back is its acceptance, not a bill of its own (issue 9, the night
 * of 6 December 2026): "Signed quote attached" from the client must not turn the supplier's quoted
 * prices, earlier in the thread, into payments the supplier owes. Every line was written for this
 * file. Sent from Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, message, thread } from './helpers';

const quote = [
  'Hi Sam,',
  '',
  "Thanks for showing me the loading bay. As promised, here's the quote.",
  '',
  'Quote NW-0412, Acme warehouse',
  '- 6 x pallet racking bays, installed: $9,300.00',
  '- Load signage and end-of-aisle guards: $640.00',
  '- Total: $9,940.00',
  '',
  'Dana',
].join('\n');

function pricedLines(reply: string) {
  const result = extractThread(
    thread([
      message(
        'What we need from you:\n- A quote for racking in the new bay\n- Pricing on guards and signage',
        {
          id: 'c1',
        },
      ),
      message(quote, { id: 'u1', from: US, sentAt: '2026-03-04T10:00:00-05:00' }),
      message(reply, { id: 'c2', from: CLIENT, sentAt: '2026-03-05T16:00:00-05:00' }),
    ]),
  );
  return result.expectations.filter((e) => e.messageId === 'u1' && e.kind === 'payment');
}

describe('a signed quote sent back', () => {
  it('leaves the quoted lines as payments the client owes', () => {
    const lines = pricedLines('Signed quote attached. Our caretaker will open the bay at 7 on the day.');
    expect(lines.map((e) => e.owner)).toEqual(['client', 'client', 'client']);
  });

  it('reads the same when it is a countersigned proposal', () => {
    const lines = pricedLines('Countersigned proposal attached, thanks Dana.');
    expect(lines.map((e) => e.owner)).toEqual(['client', 'client', 'client']);
  });

  it('reads the same when it says "Quote accepted - signed copy attached"', () => {
    const lines = pricedLines("Quote accepted - signed copy attached. I'll send the deposit on Thursday.");
    expect(lines.map((e) => e.owner)).toEqual(['client', 'client', 'client']);
  });
});
