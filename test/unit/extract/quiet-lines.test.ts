/**
 * Lines that owe nothing (issue 9): a quote's detail lines (validity, warranty, tax) and a
 * deadline stated as a fact about someone else's calendar. A line that lists something included
 * at no charge is the quoting side's deliverable (annotation guide, decided 7 December 2026).
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, one } from './helpers';

const read = (text: string) => extractThread(one(text, { from: CLIENT })).expectations;

describe('quiet lines', () => {
  it("keeps the priced and included lines of a quote's overview, not its details", () => {
    const found = read(
      'Dear Dana,\n\nHere is our offer, short overview:\n\nLighting rig: € 2.150,00\nRigging crew: included\nVAT: included\nValid until: 30 June 2026\nWarranty: 12 months on all hired kit\nAll prices exclude 21% VAT.\n\nKind regards,\nSam',
    );
    expect(found.map((e) => [e.text.trim(), e.kind, e.owner])).toEqual([
      ['Lighting rig: € 2.150,00', 'payment', 'us'],
      ['Rigging crew: included', 'deliverable', 'client'],
    ]);
  });

  // Fourth round of 7 December 2026: the same said as "no charge", "free" or "complimentary".
  it('keeps the lines a quote gives at no charge, not a policy that is free only up to a point', () => {
    const found = read(
      'Dear Dana,\n\nHere is our quote:\n\n- Magic show, 45 minutes: £650\n- Travel within the M25: no charge\n- Balloon animals for the children: complimentary\n- Cancellation: free up to 30 days before the event\n- Adults: free up to a 1:8 ratio, then £20 per adult\n\nKind regards,\nSam',
    );
    expect(found.map((e) => [e.text.trim(), e.kind, e.owner])).toEqual([
      ['Magic show, 45 minutes: £650', 'payment', 'us'],
      ['Travel within the M25: no charge', 'deliverable', 'client'],
      ['Balloon animals for the children: complimentary', 'deliverable', 'client'],
      ['£20 per adult', 'payment', 'us'],
    ]);
  });

  // Sixth round of 7 December 2026: a time's colon in the line ends no label, and "p.p." ends no line.
  it('keeps an included line that names a time, after a line priced per person', () => {
    const found = read(
      "Dear Dana,\n\nHere's the quote:\n\n- Cocktail workshop, 2 hours: € 42,50 p.p. (35 guests)\n- Venue exclusivity 5:00-8:00 pm: included\n- Waiting at the church from 13:30: included\n\nKind regards,\nSam",
    );
    expect(found.map((e) => [e.text.trim(), e.kind, e.owner])).toEqual([
      ['Cocktail workshop, 2 hours: € 42,50 p.p. (35 guests)', 'payment', 'us'],
      ['Venue exclusivity 5:00-8:00 pm: included', 'deliverable', 'client'],
      ['Waiting at the church from 13:30: included', 'deliverable', 'client'],
    ]);
  });

  it.each(['The tender deadline is 14 May.', "The council's planning deadline is 3 June."])(
    '%j is a fact, not an item',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('bringing a colleague along', () => {
  it.each(["I'll bring our CFO, Marta.", "We'll bring our site lead, Mr. Dlamini."])(
    '%j owes nothing',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it('keeps bringing a thing', () => {
    expect(read("I'll bring the signed plans to the meeting.").map((e) => e.kind)).toEqual(['deliverable']);
  });
});

it.each(['Lovely to meet you both.', 'Good to meet you and Ama on site this morning.'])(
  '%j is a pleasantry',
  (text) => {
    expect(read(text)).toEqual([]);
  },
);

// Third round of 7 December 2026: approving an offer as it stands is not a new ask (annotation guide).
describe('a bare go-ahead', () => {
  it.each([
    'Please go ahead with the sensor replacement on door 3.',
    'Go ahead with everything, including the panel.',
    'Approved, go ahead with the four replacements.',
  ])('%j asks nothing new', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a go-ahead that names a day still asks', () => {
    expect(read('Please go ahead with the install on Thursday 12 March.').map((e) => e.kind)).toEqual([
      'request',
    ]);
  });
});

// Third round of 7 December 2026: a count given and how to find someone on arrival ask nothing.
describe('news that asks nothing', () => {
  it.each([
    'Final numbers: 57 people, including 8 vegetarians.',
    'Final numbers for Saturday: 16 kids and 11 adults.',
    'Ask for Mel at reception.',
    'Just ask for me at the front desk when you arrive.',
  ])('%j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads an ask for the numbers', () => {
    expect(read('Final numbers by Friday 13 March, please.').map((e) => e.kind)).toEqual(['request']);
  });
});
