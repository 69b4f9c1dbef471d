/**
 * A bill on its way to the reader is a payment the reader owes (issue 9, 5 December 2026,
 * morning), however its sending is said: without a sender ("Deposit invoice coming your way"), as
 * a bill that follows, as the next bill's date, or with "have … to you". Every sentence was written
 * for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

describe('a bill on its way is paid by its reader', () => {
  it.each([
    ['Retainer invoice coming your way on Wednesday.', '2026-03-04'],
    ['Final invoice to follow once the crates are delivered.', null],
    ['The next progress invoice will be end of March.', '2026-03-31'],
    ["I'll have the deposit invoice to your accounts team by Thursday.", '2026-03-05'],
    ["We'll send the 40% milestone invoice when the frames ship.", null],
  ])('"%s"', (sentence, due) => {
    expect(itemsOf(sentence, CLIENT).map(brief)).toEqual([['payment', 'us', due]]);
    expect(itemsOf(sentence, US).map(brief)).toEqual([['payment', 'client', due]]);
  });

  it("but a goods' commercial invoice on its way is nobody's bill", () => {
    const items = itemsOf('Commercial invoice to follow with the packing list.', CLIENT);
    expect(items.filter((e) => e.kind === 'payment' && e.owner === 'us')).toEqual([]);
  });
});

describe('a bill the writer sends, joined with another thing it sends', () => {
  it("leaves the other thing the writer's own, not the payer's", () => {
    expect(
      itemsOf(
        "I'll send the first invoice on 1 April, and the April content plan by Friday 27 March.",
        US,
      ).map(brief),
    ).toEqual([
      ['payment', 'client', '2026-04-01'],
      ['deliverable', 'us', '2026-03-27'],
    ]);
  });
});

describe('a proforma on its way', () => {
  it("shows the writer bills, so a deposit stated beside it is the reader's to pay", () => {
    const items = itemsOf(
      'Hi Dana,\n\nThe proforma will follow tomorrow.\n\nA 30% deposit is due with the order.',
      CLIENT,
    );
    expect(items.filter((e) => e.kind === 'payment').map(brief)).toEqual([['payment', 'us', null]]);
  });
});
