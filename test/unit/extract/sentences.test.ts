/**
 * Sentence splitting: a line of 50 characters or more without closing punctuation is read as
 * hard-wrapped and joined with the next, except when the next line starts a new item (a bullet, a
 * label, a priced line, or a capital after a line shorter than 60 characters).
 */
import { describe, expect, it } from 'vitest';
import { liveRanges } from '../../../src/extract/quoted';
import { splitClauses, splitSentences } from '../../../src/extract/sentences';

const sentences = (text: string) =>
  splitSentences(text, liveRanges(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('joins a hard-wrapped sentence', () => {
    expect(
      sentences('We will send the revised floor plans and the door schedule\nby Friday afternoon.'),
    ).toEqual(['We will send the revised floor plans and the door schedule\nby Friday afternoon.']);
  });

  it('keeps a labelled line apart from the long line before it', () => {
    const text =
      'Effort: 8 tester days, fixed price EUR 9,600 + VAT (reverse charge)\nPayment terms: 30 days from invoice date\nLead time: 6 weeks from deposit';
    expect(sentences(text)).toEqual([
      'Effort: 8 tester days, fixed price EUR 9,600 + VAT (reverse charge)',
      'Payment terms: 30 days from invoice date',
      'Lead time: 6 weeks from deposit',
    ]);
  });

  it('keeps a bullet apart from the long line before it', () => {
    expect(
      sentences('Here is everything we still need from your side this week\n- the signed lease'),
    ).toEqual(['Here is everything we still need from your side this week', 'the signed lease']);
  });

  it('keeps a line under 60 characters apart from a capitalised line after it', () => {
    expect(
      sentences(
        'Meeting room for 40 people with a screen and two mics\nOne lunch buffet for 40 on the terrace',
      ),
    ).toEqual([
      'Meeting room for 40 people with a screen and two mics',
      'One lunch buffet for 40 on the terrace',
    ]);
  });

  it('reads a colon or a point between digits as part of a label', () => {
    const text =
      'Programme fee: SGD 12,800 for the whole cohort of 16 (four modules)\nOptional 1:1 mentoring: SGD 300 per hour\nVolvo FH 4.2 tractor unit: EUR 2.150,00/month per unit';
    expect(sentences(text)).toHaveLength(3);
  });

  it('keeps two priced lines apart whatever case the second opens with', () => {
    const text =
      '3 x 20A circuits for the kitchen incl. RCDs: $1,260 AUD\nsupply and fit two extractor fans: $480 AUD';
    expect(sentences(text)).toEqual([
      '3 x 20A circuits for the kitchen incl. RCDs: $1,260 AUD',
      'supply and fit two extractor fans: $480 AUD',
    ]);
  });

  // Sixth round of 7 December 2026: "p.p." (per person) ends no sentence before a bracket, so the
  // line after it stays under its list heading; before a capital it still does.
  it('reads "p.p." as an abbreviation', () => {
    expect(sentences('Drinks: € 42,50 p.p. (250 guests)')).toEqual(['Drinks: € 42,50 p.p. (250 guests)']);
    expect(sentences('Drinks: € 42,50 p.p. Please confirm by Friday.')).toEqual([
      'Drinks: € 42,50 p.p.',
      'Please confirm by Friday.',
    ]);
  });

  // Sixth round of 7 December 2026: a rand or kroner sum ends a priced line too.
  it.each([
    'Materials (kiaat and pine for a serving tray each): R450 pp = R6 300\nLunch from the deli on the corner incl. halaal and vegan options, plus coffee all day: R280 pp = R3 920',
    'Replacement of the two cracked panels on the north roof, incl. scaffold: kr 6 900\nCleaning of all the remaining panels on both roofs with demineralised water, incl. lift: kr 9 400',
  ])('keeps two lines priced in rand or kroner apart: %j', (text) => {
    expect(sentences(text)).toEqual(text.split('\n'));
  });
});

describe('splitClauses', () => {
  const clauses = (text: string) =>
    splitClauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end));

  it.each([
    ['Please send invoices to ap@example.org, we pay within 30 days.', 'we pay within 30 days.'],
    [
      'Please send the contract and the first invoice, our bookkeeper pays within 10 days of invoice.',
      'our bookkeeper pays within 10 days of invoice.',
    ],
    [
      'Please send the deposit invoice and the contract - we will pay within a week.',
      'we will pay within a week.',
    ],
  ])('cuts before the writer paying: "%s"', (text, last) => {
    expect(clauses(text).at(-1)).toBe(last);
  });

  // Issue 9, 5 December 2026 (afternoon): the writer's side promising after an ask is an item of
  // its own, whoever owes the ask.
  it.each([
    [
      "Please tell the owners we're in - I'll have our accountant wire the deposit by Friday.",
      "I'll have our accountant wire the deposit by Friday.",
    ],
    [
      'Could you book the room for Tuesday - our trainer will bring the projector.',
      'our trainer will bring the projector.',
    ],
    ["Thanks for the draft - we'll send comments by Friday.", "we'll send comments by Friday."],
    [
      'Thank you for the contract draft - our legal team will send comments within two weeks.',
      'our legal team will send comments within two weeks.',
    ],
  ])('cuts before a promise after an ask or a reply\'s thanks: "%s"', (text, last) => {
    expect(clauses(text)).toHaveLength(2);
    expect(clauses(text).at(-1)).toBe(last);
  });

  it.each([
    [
      "I'll post the entry form tomorrow - just sign it and send it back with the fee.",
      'just sign it and send it back with the fee.',
    ],
    [
      'Our treasurer will countersign the lease - just email it to her directly.',
      'just email it to her directly.',
    ],
  ])('cuts before a plain "just" and an ask after a dash: "%s"', (text, last) => {
    expect(clauses(text)).toHaveLength(2);
    expect(clauses(text).at(-1)).toBe(last);
  });

  it('but a dash before an explanation of the same item stays', () => {
    expect(clauses('Final invoice: EUR 2,400 - I will send it once we go live.')).toHaveLength(1);
  });
});

// Seventh round of 7 December 2026: a line ending in a web address is not hard-wrapped.
describe('a line that ends in a web address', () => {
  it('ends its sentence before the next line', () => {
    const text =
      "Here's the payment link for the €200 booking fee: https://pay.reflectionsbooths.ie/b/FA1211\nThe balance of €565 is due by Friday 4 December.";
    expect(sentences(text)).toEqual([
      "Here's the payment link for the €200 booking fee: https://pay.reflectionsbooths.ie/b/FA1211",
      'The balance of €565 is due by Friday 4 December.',
    ]);
  });

  it('still lets a wrapped sentence go on in lower case', () => {
    const text =
      'You can find the signed contract and the delivery schedule at https://files.example.com/x\nand the invoice will follow.';
    expect(sentences(text)).toHaveLength(1);
  });
});
