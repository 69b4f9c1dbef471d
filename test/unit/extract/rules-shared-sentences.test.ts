/**
 * Two items in one sentence (issue 9, 5 December 2026, morning): 105 of the tuning part's misses
 * lay inside another item's text. A second clause with a subject and modal of its own, a second
 * act of the same doer with a time of its own, and a second thing due at a time counted from
 * something else each become items of their own. Also: a share of a sum transferred is a payment,
 * and "the weekend of 25 April" is that weekend. Every sentence was written for this file. Sent
 * Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT, US, brief, itemsOf } from './helpers';

const briefs = (text: string, from = CLIENT) => itemsOf(text, from).map(brief);

describe('a second clause with its own subject and modal is its own item', () => {
  it.each([
    [
      'All panels must be powder-coated and the brackets must be stainless steel.',
      [
        ['standard', 'us', null],
        ['standard', 'us', null],
      ],
    ],
    [
      'We will sign the order on Thursday and our accounts team will pay the deposit the same week.',
      [
        ['deliverable', 'client', '2026-03-05'],
        ['payment', 'client', null],
      ],
    ],
  ])('"%s"', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });

  it('but a bare thing after "and" stays with the clause before it', () => {
    expect(briefs('We will deliver the chairs and the tables on Thursday.')).toEqual([
      ['deliverable', 'client', '2026-03-05'],
    ]);
  });
});

describe('a second act of the same doer with a time of its own is its own item', () => {
  it('when the first act has a time too, even one that names no day', () => {
    expect(briefs('Priya will call the venue this week and send you the floor plan by Friday.', US)).toEqual([
      ['deliverable', 'us', null],
      ['deliverable', 'us', '2026-03-06'],
    ]);
  });

  it("but without a time the first act shares the second one's date", () => {
    expect(briefs("I'll update the proposal and send it to you by Friday.", US)).toEqual([
      ['deliverable', 'us', '2026-03-06'],
    ]);
  });
});

describe('a second thing due at a time counted from something else is its own item', () => {
  it.each([
    "We'll have the cutting list to you by Wednesday, and the assembly drawings the following week.",
    "We'll send a plain sample by 13 March and a printed one two weeks after we get your artwork.",
  ])('"%s"', (sentence) => {
    const items = itemsOf(sentence);
    expect(items).toHaveLength(2);
    expect(items[1]!.due).toBeNull();
    expect(items.every((e) => e.owner === 'client')).toBe(true);
  });

  it('but "a week later than you wanted" is the same delivery, not another', () => {
    expect(itemsOf("They'll have it to you by 30 March, a week later than you wanted, sorry.")).toHaveLength(
      1,
    );
  });
});

describe('a share of a sum transferred is a payment', () => {
  it.each([
    'Our finance team will transfer the first 30% within 10 days of your invoice.',
    'Our bookkeeper will wire the remaining 50% by Friday.',
  ])('"%s"', (sentence) => {
    expect(itemsOf(sentence).map((e) => [e.kind, e.owner])).toEqual([['payment', 'client']]);
  });
});

describe('"the weekend of" a date', () => {
  it('is that weekend, not the coming one', () => {
    expect(briefs('We will run the final data migration the weekend of 25 April.')).toEqual([
      ['deliverable', 'client', '2026-04-25'],
    ]);
  });
});

describe('having a payment cut or sent', () => {
  it.each(["I'll have the deposit cut this week.", "We'll get the balance wired on Friday."])(
    '"%s" is the writer\'s payment',
    (sentence) => {
      expect(itemsOf(sentence).map((e) => [e.kind, e.owner])).toEqual([['payment', 'client']]);
    },
  );
});

describe('what the reviewer of these cuts found (kept as the code before them read it)', () => {
  it.each([
    [
      'The call is booked for Tuesday at 10am and my assistant will send the invite.',
      'meeting',
      '2026-03-03',
    ],
    [
      "The chairs you've ordered and the matching tables will be delivered on Friday.",
      'deliverable',
      '2026-03-06',
    ],
    [
      'The items that are in stock and the backordered lamps will ship on Friday.',
      'deliverable',
      '2026-03-06',
    ],
  ])('"%s" stays one item', (sentence, kind, due) => {
    expect(briefs(sentence).map((b) => [b[0], b[2]])).toEqual([[kind, due]]);
  });

  it('"We\'ll be on site from 7am and send you photos by Friday" is one promise', () => {
    expect(briefs("We'll be on site from 7am and send you photos of the install by Friday.", US)).toEqual([
      ['deliverable', 'us', '2026-03-06'],
    ]);
  });

  it('a second thing counted from the first date is undated, not counted from the day sent', () => {
    expect(briefs('We will ship the first batch on May 4 and the rest two weeks later.', US)).toEqual([
      ['deliverable', 'us', '2026-05-04'],
      ['deliverable', 'us', null],
    ]);
  });

  it('"The final invoice won\'t exceed $5,000" states a cap, not a payment', () => {
    expect(itemsOf("The final invoice won't exceed $5,000.", US)).toEqual([]);
  });
});
