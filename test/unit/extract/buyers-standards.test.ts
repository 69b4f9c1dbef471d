/**
 * A quality bar the buyer writes binds the supplier that does the work, whatever its grammar
 * (issue 9, the small hours of 6 December 2026; in the gold tuning part 730 of the 731 bars a
 * thread's payer wrote bind the reader). Every message was written for this file. Sent Monday 2
 * March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, itemsOf, message, thread } from './helpers';

function barIn(text: string, from: typeof US, to: typeof US) {
  const input = thread([
    message('Our quote for the spring order is attached, payable within 30 days.', {
      id: 'm1',
      from: to,
      to: [from],
    }),
    message(text, { id: 'm2', from, to: [to], sentAt: '2026-03-04T10:00:00-05:00' }),
  ]);
  return extractThread(input).expectations.filter((e) => e.messageId === 'm2' && e.kind === 'standard');
}

describe("a bar in the buyer's message", () => {
  it('binds the supplier even when the buyer says what it will do', () => {
    expect(
      barIn('All trays must be packed in recycled card, otherwise we will refuse them.', CLIENT, US),
    ).toMatchObject([{ owner: 'us' }]);
  });

  it("stays the writer's in the supplier's own message", () => {
    expect(
      barIn('All our cakes will arrive in cooled transport (4-8 °C), as always.', US, CLIENT).map(
        (e) => e.owner,
      ),
    ).not.toContain('client');
  });
});

describe('what the documents the supplier sends must carry', () => {
  it.each([
    'Invoices must quote our order reference NB-7731.',
    'Delivery notes need to show the batch code for each pallet.',
    'Please note: statements must include the site name.',
  ])('is a bar on the supplier, not an ask to quote a price: "%s"', (text) => {
    expect(barIn(text, CLIENT, US)).toMatchObject([{ kind: 'standard', owner: 'us' }]);
  });
});

// 6 December 2026, midday: a bar with a day, said against a dated event or as the day it happens on,
// is a hand-over owed by that day.
describe('a bar with a dated event', () => {
  it.each([
    ['The new site has to be live before our spring sale on May 15.', '2026-05-15'],
    ['All repairs must be completed before our district strings festival on March 12.', '2026-03-12'],
    ['The board shoot has to happen on 24 March, the only date all directors are together.', '2026-03-24'],
  ])('"%s" is asked by that day', (text, due) => {
    expect(itemsOf(text).map((e) => [e.kind, e.due])).toEqual([['request', due]]);
  });
});
