/**
 * What a read-only review of the eighth round of 7 December 2026 found the round's first rules
 * getting wrong, each line mended: a sum said earlier that is no bill (money paid, credited or
 * budgeted) lent to a payment; a free day and a need, a call or a bill read as the day's work, or
 * merged when the buyer writes; real meetings ("to review the draft", "on Teams", "for dinner") and
 * the reader's people typed as the writer's hand-over. Every line was written for this file (the
 * reviewer's). Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { dayThenJob } from '../../../src/extract/dayThenJob';
import { meetsReaderAtPlace } from '../../../src/extract/meetsAtPlace';
import { CLIENT, US, brief, itemsOf, message, supplierReplyItems, thread } from './helpers';

describe('a sum said earlier that is no bill lends a payment nothing', () => {
  it.each([
    ['Payment of $1,200 received, thanks; please pay the final invoice by 20 March.', CLIENT],
    ["We've issued a credit note for $350; please pay the corrected invoice within 14 days.", CLIENT],
    ['Your budget was $10,000; please pay invoice 442 within 30 days.', CLIENT],
    ['The purchase order for £9,000 is attached; please pay the first stage within 30 days.', CLIENT],
    ["We paid $1,000 upfront; we'll pay on completion.", US],
  ])('"%s": the payment carries no sum', (text, from) => {
    const payments = itemsOf(text, from).filter((e) => e.kind === 'payment');
    expect(payments).toHaveLength(1);
    expect(payments[0]!.amount).toBeNull();
  });
});

/** The client asks for a day; the user, the supplier, answers with `reply` and a price. */
function supplierAnswers(reply: string) {
  const ask = 'Could you do a kayaking morning for 14 of us on Friday 13 March? What would it cost?';
  return supplierReplyItems(ask, `${reply} The price is $65 a head.`).map(brief);
}

describe('a free day and an item of its own stay two', () => {
  it.each([
    ["Friday 13 March is free, so we'll need the signed form back by 5pm.", ['request', 'client', null]],
    ["Friday 13 March is free, and I'll call you at 4pm to confirm the details.", ['meeting', 'us', null]],
    ["Friday 13 March is free, and I'll have the invoice to you by 5pm.", ['payment', 'client', null]],
  ])('"%s" keeps its own item', (reply, own) => {
    expect(dayThenJob(reply)).toBe(false);
    const items = supplierAnswers(reply);
    expect(items).toContainEqual(['deliverable', 'us', '2026-03-13']);
    expect(items).toContainEqual(own);
  });

  it("the buyer's free day and its own preparation are not merged into the supplier's job", () => {
    const offer = message('We can do the clearance on Friday 13 March for $1,400.', {
      id: 'm1',
      from: US,
      sentAt: '2026-03-01T10:00:00-05:00',
    });
    const answer = message(
      'Friday 13 March is free for us, and we can have the warehouse cleared for your crew by 7am.',
      { id: 'm2', from: CLIENT },
    );
    const items = extractThread(thread([offer, answer])).expectations.filter((e) => e.messageId === 'm2');
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('meetings and the reader’s people are not the writer’s hand-over', () => {
  it.each([
    ["I'll meet you on Teams on Thursday at 3pm.", US],
    ["I'll meet you at Café Nero on Friday at 11 so we can talk through the brief.", US],
    ["I'll meet you at your office on Tuesday at 2pm to review the draft designs.", US],
    ["I'll meet you on March 12 at 10:00 to review the first cut.", US],
    ["We'll meet you at the restaurant at 7pm on Thursday for dinner with the board.", US],
    ["I'll meet you in London on 12 March to sign the contract.", US],
    ['Our CFO will meet you at our head office on Thursday to negotiate the renewal.', US],
  ])('"%s" stays a meeting', (text, from) => {
    expect(meetsReaderAtPlace(text)).toBe(false);
    expect(itemsOf(text, from).map((e) => e.kind)).toEqual(['meeting']);
  });

  it('"Your driver will meet the site team at Gate 2 at 6am on Friday" binds the reader', () => {
    const text = 'Your driver will meet the site team at Gate 2 at 6am on Friday.';
    expect(meetsReaderAtPlace(text)).toBe(false);
    expect(itemsOf(text, CLIENT).map((e) => e.owner)).toEqual(['us']);
  });
});
