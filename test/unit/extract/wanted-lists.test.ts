/**
 * Lists under a heading that says what the writer wants ("We need the following:", "It would help
 * us to know:", "Comments from our side:", "Our autumn restock:") are the reader's to supply: one
 * request per line, even when the heading names a payment as its purpose or a line carries a sum
 * that only specifies the thing wanted. Every message was written for this file. Sent Monday 2
 * March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, kindsOf } from './helpers';

describe('a heading of what the writer wants', () => {
  it('makes its lines requests even when a payment is its purpose', () => {
    const text = [
      'So that accounts can set up your first payment, we need the following by 12 March:',
      '- A signed engagement letter',
      '- Your certificate of incorporation',
      '- A completed supplier set-up form',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['request', 'us', '2026-03-12'],
      ['request', 'us', '2026-03-12'],
      ['request', 'us', '2026-03-12'],
    ]);
  });

  it("makes a buyer's restock lines requests, whatever price the heading mentions", () => {
    const text = [
      "We're ordering ahead of the price rise, so here is Harbour Deli's March restock:",
      '',
      'Olive oil 5L tins - 8',
      'Sea salt flakes 1kg - 12',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['request', 'us', null],
      ['request', 'us', null],
    ]);
  });

  it('keeps the lines of a purchase order with unit prices as asks, and a labelled payment as one', () => {
    const text = [
      'Please find below our PO 8812 for the autumn run:',
      '- Canvas tote, natural: 2,500 pcs @ USD 3.10',
      '- Zip pouch, black: 1,200 pcs @ USD 2.40',
      '- Deposit: USD 1,500 on signature',
    ].join('\n');
    expect(kindsOf(text, US).map(([kind, owner]) => [kind, owner])).toEqual([
      ['request', 'client'],
      ['request', 'client'],
      ['payment', 'client'],
    ]);
  });

  it('reads a sum that sets a minimum as part of the thing asked for', () => {
    const text = [
      "For the tender we'll need from you by Friday:",
      '- Proof of public liability cover of at least $2,000,000',
      '- Two references from similar jobs',
    ].join('\n');
    expect(kindsOf(text)).toEqual([
      ['request', 'us', '2026-03-06'],
      ['request', 'us', '2026-03-06'],
    ]);
  });

  it.each([
    ['For the quote, it would help us to know:', US, 'client'],
    ['Comments from our side:', CLIENT, 'us'],
    ['Requirements from our side:', CLIENT, 'us'],
  ])('"%s" asks the reader for each line', (heading, from, reader) => {
    const text = [heading, '- Number of guests per night', '- Arrival times for the first night'].join('\n');
    expect(kindsOf(text, from)).toEqual([
      ['request', reader, null],
      ['request', reader, null],
    ]);
  });
});
