/**
 * More error classes from the gold set's former held-out part (December 2026), tested with
 * sentences written for this test: reschedules read as new items, a wish to meet and its time
 * split in two, third parties and things that "will follow", payment schedules in one sentence,
 * and obligations to a tax authority.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import type { IntentModel } from '../../../src/extract/model/intentModel';
import { CLIENT, one, US } from './helpers';

const result = (text: string, from = CLIENT) => extractThread(one(text, { from }));
const found = (text: string, from = CLIENT) => result(text, from).expectations;

describe('reschedules are drift, not new items', () => {
  it.each([
    'Could the launch email move to the 24th?',
    'Can our review session be pushed back to Thursday?',
    'The chairs will now arrive on 9 March.',
    'Because of a kiln fault, the tiles will arrive on 17 March instead of 12 March.',
    'Given the data delay, the gap analysis will move to January 15.',
  ])('"%s"', (text) => {
    expect(found(text)).toEqual([]);
    expect(result(text).signals).toMatchObject([{ type: 'drift' }]);
  });

  it('a first delivery date is still an item', () => {
    expect(found('The chairs will arrive on 9 March.')).toHaveLength(1);
    const moving = 'We will move to the new office on 3 May, so please send the samples there by 10 May.';
    expect(found(moving)).toContainEqual(expect.objectContaining({ kind: 'request', due: '2026-05-10' }));
    expect(result(moving).signals).toEqual([]);
  });

  it('a changed quantity asked for is an ask, not drift', () => {
    const text = 'Could you please send an updated total with 8 banners instead of 12?';
    expect(found(text)).toMatchObject([{ kind: 'request' }]);
    expect(result(text).signals).toEqual([]);
  });
});

describe('pleasantries', () => {
  it('"call me if anything is unclear" offers nothing', () => {
    expect(found('Ring my mobile if anything is unclear.')).toEqual([]);
    expect(found('Ring my mobile on Friday at 10.')).toHaveLength(1);
  });
});

describe('one meeting in one sentence', () => {
  it('a wish to meet followed by its time in the same sentence is one item, the time', () => {
    expect(
      found("I'd like to walk through the mockups with you next week; would Monday at 3pm suit?"),
    ).toMatchObject([{ kind: 'meeting', due: '2026-03-09', dueTime: '15:00' }]);
  });
});

describe('a wish to meet and the sentence that names its time', () => {
  it('are one meeting, the time (annotation guide)', () => {
    expect(
      found("We'd like a quick call about the menu. Would Tuesday or Wednesday morning work for you?"),
    ).toMatchObject([{ kind: 'meeting', owner: 'us', due: null }]);
  });

  it('a wish for something else stays its own item', () => {
    expect(found("We'd like the floor plans. Would Tuesday at 3 work for the call?")).toHaveLength(2);
  });
});

describe('third parties and things that will follow', () => {
  it('a named colleague with an accented name binds the writer', () => {
    // The first clause is context: since 2 December (night) the retrained commitment model reads
    // "We can fit the kitchen by the 20th" as status, a known loss; the owner of the second is the test.
    const items = found(
      'We can fit the kitchen by the 20th, and our joiner Zoë will send you the cut list.',
      US,
    );
    expect(items.find((e) => e.text.startsWith('our joiner'))).toMatchObject({
      owner: 'us',
      text: 'our joiner Zoë will send you the cut list.',
    });
  });

  it('"the driver will call you" binds the side that mentions the driver', () => {
    expect(found('The courier will call you an hour before.')).toMatchObject([
      { owner: 'client', kind: 'meeting' },
    ]);
    expect(found('The courier will call you an hour before.', US)).toMatchObject([{ owner: 'us' }]);
  });

  it('"our proposal will follow" is a deliverable of the writer; an invoice that follows is a payment', () => {
    expect(found('Our revised quote for the extension will follow after the site visit.', US)).toMatchObject([
      { owner: 'us', kind: 'deliverable' },
    ]);
    expect(found('My invoice for $2,300 will follow next week.')).toMatchObject([
      { kind: 'payment', owner: 'us' },
    ]);
  });
});

describe('a payment schedule in one sentence is one item', () => {
  it('later terms with no sum of their own join the first payment', () => {
    expect(
      found('We ask for a deposit of €900 to book the date, and the rest is payable on the day.', {
        name: 'Ana',
        email: 'ana@villa.pt',
      }),
    ).toMatchObject([{ kind: 'payment', amount: { value: 900, currency: 'EUR' } }]);
  });

  it('a term with a date lends it to the payment it belongs to', () => {
    expect(found('Invoice 2290 for $3,100 is attached; payment due net 15.', US)).toMatchObject([
      { kind: 'payment', owner: 'client', due: '2026-03-17', amount: { value: 3100, currency: 'USD' } },
    ]);
  });

  it('a second sum stays its own item, and so does a payment in the next sentence', () => {
    expect(found('The build fee is $5,000, and hosting is $40 a month.', US)).toHaveLength(2);
    expect(found('The build fee is $5,000. The balance is due on launch.', US)).toHaveLength(2);
  });
});

describe('obligations to a tax authority are outside the thread', () => {
  it.each([
    "I'll pay the IRS on the 15th.",
    'The amount owed to HMRC is £1,240.',
    'Your GST return is due on 28 April.',
    'Reminder: your VAT return for the quarter to 31 March is due with HMRC on 7 May.',
    'Your return is filed: NZ$1,214.50 to pay to IRD by Friday 28 November.',
  ])('"%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('work for the client about their return is still an item', () => {
    expect(found("I'll prepare your VAT return by Friday.", US)).toMatchObject([
      { owner: 'us', due: '2026-03-06' },
    ]);
  });
});

describe('coordinated obligations with a subject of their own', () => {
  it("the writer's own conjunct stays the writer's when the model reads the whole sentence as an ask", () => {
    // A model sure that every clause asks something overrules the rules' reading of a commitment.
    const eager: IntentModel = { bias: 5, weights: {}, calibration: { a: 1, b: 0 }, maybeBelow: 0.6 };
    const text =
      "I'll have the site survey ready by March 12 and we can go over it on a call on Monday the 16th.";
    const es = extractThread(one(text, { from: US }), { model: eager }).expectations;
    expect(es).toHaveLength(2);
    expect(es[0]).toMatchObject({ owner: 'us', kind: 'deliverable', due: '2026-03-12' });
    expect(es[1]).toMatchObject({ owner: 'client', due: '2026-03-16' });
  });

  it('a conjunct with no subject keeps the owner of the sentence', () => {
    expect(found('Could you send the floor plan by Wednesday and the seating list by Friday?')).toMatchObject(
      [
        { owner: 'us', due: '2026-03-04' },
        { owner: 'us', due: '2026-03-06' },
      ],
    );
  });
});
