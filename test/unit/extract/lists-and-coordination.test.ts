/** Item 3 of issue 9: lists under a heading, and coordinated obligations each with its own date. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCoordinated } from '../../../src/extract/coordination';
import { extractThread } from '../../../src/extract/index';
import { headingOf, isListItem, lineSide } from '../../../src/extract/lists';
import { partyNames } from '../../../src/extract/partyNames';
import { CLIENT, one, US } from './helpers';

const all = (text: string, from = CLIENT) =>
  extractThread(one(text, { from })).expectations.map((e) => [e.text, e.kind, e.owner, e.due]);

describe('lists under a heading', () => {
  it('takes owner and kind from a neutral recap heading: the writer delivers', () => {
    expect(
      all('Here is what we agreed:\n\n- Wireframes by 15 May\n- Usability report by end of June', US),
    ).toEqual([
      ['Wireframes by 15 May', 'deliverable', 'us', '2026-05-15'],
      ['Usability report by end of June', 'deliverable', 'us', '2026-06-30'],
    ]);
  });

  it('reads "what we need from you" as asks of the reader, with the heading\'s date', () => {
    expect(
      all(
        "Before the launch I'll need these from you by Friday:\n* Logo files\n* Product copy for all pages",
      ),
    ).toEqual([
      ['Logo files', 'request', 'us', '2026-03-06'],
      ['Product copy for all pages', 'request', 'us', '2026-03-06'],
    ]);
  });

  it('binds a side named on the line or in the heading', () => {
    const text = 'Actions:\n1. Acme: brand assets by 10 March\n2. Northwind: homepage concepts by 20 March';
    expect(all(text)).toEqual([
      ['Acme: brand assets by 10 March', 'deliverable', 'client', '2026-03-10'],
      ['Northwind: homepage concepts by 20 March', 'request', 'us', '2026-03-20'],
    ]);
    const names = partyNames(US, [CLIENT], []);
    expect(headingOf('From Northwind:', names).side).toBe('writer');
    expect(headingOf('From Acme:', names).side).toBe('reader');
    expect(lineSide('Sam to send the sitemap by Friday', names)).toBe('reader');
    expect(lineSide('Dana to send the invoice', names)).toBe('writer');
  });

  it('makes payments of a payment schedule', () => {
    expect(all('Payment schedule:\n- $4,000 on signature\n- $4,000 on launch', US)).toEqual([
      ['$4,000 on signature', 'payment', 'client', null],
      ['$4,000 on launch', 'payment', 'client', null],
    ]);
  });

  it('proposes nothing for a list under a heading that agrees nothing', () => {
    expect(all('Agenda for Thursday:\n- Introductions\n- Budget review\n- Open questions')).toEqual([]);
  });

  it('knows a list line only by its own marker', () => {
    const text = 'Intro:\n- first line\nplain line';
    expect(isListItem(text, { start: text.indexOf('first'), end: text.indexOf('first') + 10 })).toBe(true);
    expect(isListItem(text, { start: text.indexOf('plain'), end: text.length })).toBe(false);
  });
});

describe('coordinated obligations', () => {
  it('splits two objects with their own dates', () => {
    expect(all('We will send you the NDA by 20 March and the deck by end of month.')).toEqual([
      ['We will send you the NDA by 20 March', 'deliverable', 'client', '2026-03-20'],
      ['the deck by end of month', 'deliverable', 'client', '2026-03-31'],
    ]);
    expect(all("I'll sign the contract tonight and wire the deposit on Wednesday.")).toEqual([
      ["I'll sign the contract tonight", 'deliverable', 'client', '2026-03-02'],
      ['wire the deposit on Wednesday', 'payment', 'client', '2026-03-04'],
    ]);
  });

  it('keeps one item when the second conjunct is a statement or shares the date', () => {
    expect(
      all("We'll be back on Thursday to finish the wiring, and the inspection is booked for the 23rd.", US),
    ).toEqual([["We'll be back on Thursday to finish the wiring", 'deliverable', 'us', '2026-03-05']]);
    expect(all('Please send the logo and the brand book by Friday.')).toHaveLength(1);
    expect(all('We can do the survey on May 27 and 28 and send the report by June 12.', US)).toEqual([
      ['We can do the survey on May 27 and 28', 'deliverable', 'us', '2026-05-27'],
      ['send the report by June 12', 'deliverable', 'us', '2026-06-12'],
    ]);
  });

  it('cuts into pieces that stay inside the clause, in order, without overlap (property)', () => {
    const item = fc.constantFrom(
      'the NDA',
      'the deck',
      'the signed SOW',
      'the logo files',
      'the first draft',
    );
    const when = fc.constantFrom('by Friday', 'by 20 March', 'tomorrow', 'by end of month', 'on the 12th');
    fc.assert(
      fc.property(item, when, item, when, (a, da, b, db) => {
        const text = `We will send ${a} ${da} and ${b} ${db}.`;
        const span = { start: 0, end: text.length };
        const parts = splitCoordinated(
          text,
          span,
          (t) => /friday|march|tomorrow|month|12th/i.exec(t)?.[0] ?? null,
          () => true,
        );
        if (!parts) return;
        let last = 0;
        for (const p of parts) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          last = p.end;
        }
      }),
    );
  });
});
