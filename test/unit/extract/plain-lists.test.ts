/**
 * Lists written without bullets (issue 9): a heading, with or without its colon, then lines of
 * their own. Orders from a buyer are requests to the supplier; action items take the side named
 * on the line; lines that only describe an offer stay silent. Every sentence was written for
 * this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isBareHeading } from '../../../src/extract/lists';
import { findMoney } from '../../../src/extract/money';
import { CLIENT, message, one, thread, US } from './helpers';

const read = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;
const lines = (found: { text: string }[]) => found.map((e) => e.text.trim());

describe('a list without bullets', () => {
  it('reads action items under a heading without a colon, each bound to the side it names', () => {
    const found = read(
      'Hi Sam,\n\nGood call today.\n\nAction items\nNorthwind: send the wireframes by Thursday\nSam: confirm the venue shortlist by March 12\n\nDana',
      US,
    );
    expect(lines(found)).toEqual([
      'Northwind: send the wireframes by Thursday',
      'Sam: confirm the venue shortlist by March 12',
    ]);
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['deliverable', 'us', '2026-03-05'],
      ['request', 'client', '2026-03-12'],
    ]);
  });

  it("reads a buyer's order under an asking heading as requests to the supplier", () => {
    const found = read(
      'Hi Dana,\n\nOrder for next week please:\n14 boxes A4 copier paper\n6 toner cartridges HP 59A\n\nSam',
    );
    expect(lines(found)).toEqual(['14 boxes A4 copier paper', '6 toner cartridges HP 59A']);
    for (const e of found) expect([e.kind, e.owner]).toEqual(['request', 'us']);
  });

  it('keeps the first line after a blank line below a colon heading', () => {
    const found = read(
      'Dear Dana,\n\nKindly proceed with the following:\n\nItem 1: 40 branded tote bags\nItem 2: 40 enamel pins\n\nRegards,\nSam',
    );
    expect(lines(found)).toEqual(['Item 1: 40 branded tote bags', 'Item 2: 40 enamel pins']);
  });

  it('stays silent on lines that describe a quotation, unless they name a day', () => {
    const found = read(
      'Dear Dana,\n\nPlease find below our quotation:\n\nAir freight: USD 2,140\nTransit time: 3-4 days\nPackaging: 2 pallets, shrink-wrapped\n\nRegards,\nSam',
    );
    expect(lines(found)).toEqual(['Air freight: USD 2,140']);
    expect(found[0]!.owner).toBe('us');
  });

  it('does not read a greeting with a colon, or sentences on their own lines, as a list', () => {
    expect(
      read('Dear Dana:\nWe met at the fair on Monday.\nOur catalogue is on the website.\n\nSam'),
    ).toEqual([]);
  });

  it('does not take a short labelled or priced line for a heading', () => {
    expect(isBareHeading('Action items')).toBe(true);
    expect(isBareHeading('Next steps')).toBe(true);
    expect(isBareHeading('Price per night: £140')).toBe(false);
    expect(isBareHeading('A materials schedule by end of month')).toBe(true);
  });
});

describe('headings that name whose list it is', () => {
  it.each(['Your milestones:', 'Your deadlines:', "Timeline we'd need:"])(
    '%j makes its lines requests to the reader',
    (heading) => {
      const found = read(
        `Hi Dana,\n\n${heading}\n- moodboard by April 3\n- final logo files by April 17\n\nSam`,
      );
      expect(found).toHaveLength(2);
      for (const e of found) expect([e.kind, e.owner]).toEqual(['request', 'us']);
    },
  );
});

describe('payments reported done', () => {
  it.each([
    'Deposit of €1 200,00 paid this morning, proof attached.',
    'Wire sent today, confirmation attached.',
    'Payment of AUD 3,480.00 made today, remittance attached.',
  ])('%j is no new payment', (text) => {
    expect(read(text).filter((e) => e.kind === 'payment')).toEqual([]);
  });

  it('keeps a payment still to be made today', () => {
    expect(read('The balance will be paid today by bank transfer.').map((e) => e.kind)).toEqual(['payment']);
  });
});

describe('sums in more currencies', () => {
  it.each([
    ['Fit-out: THB 1,240,000', 1240000, 'THB'],
    ['Tailoring: 40 pcs x RM 95.00 = RM 3,800.00', 95, 'MYR'],
    ['Setup fee KSh 12,000', 12000, 'KES'],
    ['Total $9,800 MXN plus IVA', 9800, 'MXN'],
    ['Lunch buffet: Rs. 1,34,200 + GST', 134200, 'INR'],
  ])('reads the sum and currency of case %#', (text, value, currency) => {
    expect(findMoney(text)[0]?.money).toEqual({ value, currency });
  });

  it('does not read a programming language or a summit as money', () => {
    expect(findMoney('We run PHP 8.2 on the server')).toEqual([]);
    expect(findMoney('See you at COP 28')).toEqual([]);
  });
});

describe('headings of a plan or a report', () => {
  it('reads lines under a stage heading ("Week 2") and under "Coming up in March"', () => {
    const found = read(
      'Hi Sam,\n\nWeek 1 (from 2 March)\n- Brand workshop on site: Wednesday 4 March\n\nComing up in March\n- Social calendar live 16 March\n\nDana',
      US,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['deliverable', 'us', '2026-03-04'],
      ['deliverable', 'us', '2026-03-16'],
    ]);
  });

  it('stays silent on lines under "Done" or "Blocked"', () => {
    const text =
      'Hi Sam,\n\nSprint 4 update:\n\nDone\n- checkout redesign\n- search filters\n\nBlocked\n- payment provider sandbox\n\nDana';
    expect(read(text, US)).toEqual([]);
  });

  it('keeps schedule lines written "date – thing" apart', () => {
    const found = read(
      'Hi Sam,\n\nHere is the plan for the office move:\n\nFri March 6 – crates delivered to your office (after hours, 5pm–9pm)\nMon March 9 – our crew on site from 7am for the move\n\nDana',
      US,
    );
    expect(found.map((e) => e.due)).toEqual(['2026-03-06', '2026-03-09']);
  });
});

describe('headings with no colon that name a programme or our work', () => {
  it('reads the lines under "Programme" as the writer\'s dated steps', () => {
    const found = read(
      'Hi Sam,\n\nProgramme\n- Strip-out complete by 6 March\n- Kitchen units fitted Friday 20 March\n- Final clean and snagging: 27 March\n\nDana',
      US,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['deliverable', 'us', '2026-03-06'],
      ['deliverable', 'us', '2026-03-20'],
      ['deliverable', 'us', '2026-03-27'],
    ]);
  });

  it('binds a subjectless line under "Our work" to the writer, and one under "What we need from you" to the reader', () => {
    const found = read(
      'Hi Sam,\n\nOur work\n- Draft shareholder agreement: by 13 March\n\nWhat we need from you\n1. Signed engagement letter by 9 March\n\nDana',
      US,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['deliverable', 'us', '2026-03-13'],
      ['request', 'client', '2026-03-09'],
    ]);
  });

  it('reads a team of a named side as that side ("Acme ops team to …")', () => {
    const found = read(
      'Hi Sam,\n\nAgreed items\n1. Northwind to share the architecture document by 13 March\n2. Acme ops team to nominate two testers by 18 March\n\nDana',
      US,
    );
    expect(found.map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['deliverable', 'us', '2026-03-13'],
      ['request', 'client', '2026-03-18'],
    ]);
  });

  it('gives subjectless lines under "Scope of works" or "Planning" to the seller', () => {
    const quote =
      'Hi Sam,\n\nScope of works\n- Packing crates delivered to your office by Monday 9 March\n- Move of 40 workstations: Saturday 14 March from 8am\n\nPlanning\n- Draft report within 5 working days after the move\n\nTotal: USD 12,400, payable within 14 days of completion.\n\nDana';
    expect(read(quote, US).map((e) => [e.kind, e.owner])).toEqual([
      ['deliverable', 'us'],
      ['deliverable', 'us'],
      ['deliverable', 'us'],
      ['payment', 'client'],
    ]);
    // The buyer's own list: the lines are the seller's (the reader's), unless the line says "our".
    const order =
      'Hi Dana,\n\nAgreed next steps\n- Revised floor plan by 9 March\n- PO to follow from our procurement team this week\n\nWe pay within 30 days of your invoice.\n\nSam';
    expect(
      read(order)
        .filter((e) => e.kind !== 'payment')
        .map((e) => [e.kind, e.owner]),
    ).toEqual([
      ['request', 'us'],
      ['deliverable', 'client'],
    ]);
  });

  it("reads a meeting on the plan as the reader's to attend, not a thing named after one", () => {
    const found = read(
      'Hi Sam,\n\nAgreed items\n1. Weekly status call every Thursday at 11:00, starting this week\n2. Joint steering committee meeting: Thursday 12 March, 2-4pm, at your office\n\nDana',
      US,
    );
    expect(found.map((e) => [e.kind, e.owner])).toEqual([
      ['meeting', 'client'],
      ['meeting', 'client'],
    ]);
    const order = read(
      'Hi Dana,\n\nPlease quote for:\n- Meeting table 320 x 120: 2 pcs\n- Office chairs: 12 pcs\n\nSam',
    );
    expect(order.map((e) => e.kind)).not.toContain('meeting');
  });

  it('leaves lines under "requirements from our side" to bind whoever does the work', () => {
    const found = read(
      'Hi Dana,\n\nA few requirements from our side:\n- All on-screen text must be in both Spanish and English\n- Videos must be under 4 minutes each\n\nSam',
    );
    expect(found.map((e) => e.owner)).toEqual(['us', 'us']);
  });
});

describe('lists from the side that pays', () => {
  it("reads a buyer's bare order lines as requests to the supplier once the supplier is shown billing", () => {
    const supplierQuote = message('Hi Sam,\n\nOur quote: USD 14.20 per chair. Invoice on shipment.\n\nDana', {
      id: 'm1',
      from: US,
      to: [CLIENT],
    });
    const order = message(
      'Hi Dana,\n\nFor this season:\n- 120 x oak dining chair\n- 40 x walnut sideboard\n\nSam',
      { id: 'm2', from: CLIENT, to: [US], sentAt: '2026-03-03T09:00:00-05:00' },
    );
    const found = extractThread(thread([supplierQuote, order])).expectations.filter(
      (e) => e.messageId === 'm2',
    );
    expect(found.map((e) => [e.kind, e.owner])).toEqual([
      ['request', 'us'],
      ['request', 'us'],
    ]);
  });

  it("binds the side a line names with 'our' or 'your'", () => {
    const found = read(
      'Hi Dana,\n\nNext steps:\n- Our site lead, Jo, to send the induction pack by Friday\n- Your IT team to whitelist our VPN by Friday\n\nSam',
    );
    expect(found.map((e) => [e.kind, e.owner])).toEqual([
      ['deliverable', 'client'],
      ['request', 'us'],
    ]);
  });
});
