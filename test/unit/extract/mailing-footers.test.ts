/**
 * A mailing's footer ("Manage email preferences", "unsubscribe") marks a newsletter, whose
 * content agrees nothing (issue 9). But the user's own renewal notice sent from a sales tool
 * carries the same footer, and a client's reply quotes it: neither is a newsletter. Every
 * sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, message, one, thread, US } from './helpers';

const FOOTER =
  "Northwind Inc., 20 Pine St, Boston MA. You're receiving this because you're a Northwind customer. Manage email preferences.";

const read = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;

describe('a mailing footer', () => {
  it("still drops a client's newsletter", () => {
    const found = read(
      `Hi Dana,\n\nOur spring range is here: book a demo by Friday and save 20% on your first order.\n\nThe Acme team\n\n${FOOTER.replace('Northwind', 'Acme')}`,
    );
    expect(found).toEqual([]);
  });

  it("reads the user's own notice sent with a sales tool's footer", () => {
    const found = read(
      `Hi Sam,\n\nYour plan renews on April 15. Could you let me know by March 20 whether you'd like to add the reporting module?\n\nBest,\nDana\n\n${FOOTER}`,
      US,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([['request', 'client', '2026-03-20']]);
  });

  it("reads a client's reply that quotes such a notice", () => {
    const found = read(
      `Hi Dana,\n\nThanks for the reminder. I'll send the signed order form by Friday.\n\nSam\n\nOn Mon, 2 Mar 2026 at 08:00, Dana Lee <dana@northwind.io> wrote:\n> Your plan renews on April 15.\n> ${FOOTER}`,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([['deliverable', 'client', '2026-03-06']]);
  });
});

describe("a sales tool's footer under a rep's own mail", () => {
  const SALES_FOOTER = 'Acme Supply is an authorized distributor. Unsubscribe from promotional emails here.';
  const conversation = (reply: string) =>
    extractThread(
      thread([
        message('Hi Sam, could you quote four exam tables?', { id: 'm1', from: US }),
        message(reply, { id: 'm2', from: CLIENT, sentAt: '2026-03-04T10:00:00-05:00' }),
      ]),
    ).expectations.filter((e) => e.messageId === 'm2');

  it('is read when the rep greets the reader by name in the conversation', () => {
    const found = conversation(
      `Hi Dana,\n\nExam table: $7,940.00 each.\n\nTo make March 31 I'd need the PO by Monday.\n\nBest,\nSam\n\n${SALES_FOOTER}`,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['payment', 'us', null],
      ['request', 'us', '2026-03-09'],
    ]);
  });

  it('still drops a mailing that greets nobody by name ("Hi there")', () => {
    expect(conversation(`Hi there,\n\nOrder by Friday to get the spring price.\n\n${SALES_FOOTER}`)).toEqual(
      [],
    );
  });

  it('still drops a mail-merge that greets by name in a thread the user never wrote in', () => {
    expect(read(`Hi Dana,\n\nOrder by Friday to get the spring price.\n\n${SALES_FOOTER}`)).toEqual([]);
  });
});

describe('how long a price is held', () => {
  it('is no due date for the price', () => {
    const [found] = read('Hi Dana,\n\nOur group rate of $289 per night is held until September 10.\n\nSam');
    expect(found?.kind).toBe('payment');
    expect(found?.due).toBeNull();
  });
});
