/**
 * Phrasings from the 3 December 2026 late rule round (docs/extract.md): a schedule written on one
 * line under a label, the writer's proposed schedule said with "we'd", an offer made on the
 * reader's acceptance, and things on their way said as where they will be. The date is Monday
 * 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { splitInlineSchedules } from '../../../src/extract/inlineSchedule';
import { introducesSomeone } from '../../../src/extract/noise';
import { normalizeText } from '../../../src/extract/normalize';
import { splitSentences } from '../../../src/extract/sentences';
import { extractThread } from '../../../src/extract/index';
import { brief, CLIENT, itemsOf, one, US } from './helpers';

function parts(text: string): string[] {
  const norm = normalizeText(text).text;
  const sentences = splitSentences(norm, [{ start: 0, end: norm.length }]);
  return splitInlineSchedules(norm, sentences).map((s) => norm.slice(s.start, s.end));
}

describe('a schedule on one line', () => {
  it('is cut into its label and one line per dated part', () => {
    expect(parts('Timeline: design mockups by 16 March, staging site by 9 April, launch 30 April.')).toEqual([
      'Timeline:',
      'design mockups by 16 March',
      'staging site by 9 April',
      'launch 30 April',
    ]);
  });

  it('gives each part its own date, owed by the writer', () => {
    const items = itemsOf('Timeline: first drafts on 16 March, finals on 24 March.', US);
    expect(items.map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-16'],
      ['deliverable', 'us', '2026-03-24'],
    ]);
    expect(
      itemsOf('Schedule: the 4 shop sites tonight; the other 10 by Wednesday next week').map(brief),
    ).toEqual([
      ['deliverable', 'client', '2026-03-02'],
      ['deliverable', 'client', '2026-03-11'],
    ]);
  });

  it('reads a delivery plan whose later parts leave the work understood, and drops a closing term', () => {
    expect(
      parts(
        'Delivery plan: first 3 modules by 20 March, next 3 by 17 April, the rest by 15 May, FOB Ningbo.',
      ),
    ).toEqual(['Delivery plan:', 'first 3 modules by 20 March', 'next 3 by 17 April', 'the rest by 15 May']);
    expect(parts('Dates: next 3 by 17 April, the rest by 15 May.')).toEqual([
      'Dates: next 3 by 17 April, the rest by 15 May.',
    ]);
  });

  it("gives the deliveries to the seller: the writer's when it sells, the reader's when the writer orders", () => {
    const selling =
      'Shipping schedule: 40 cabinets by 20 March, the remaining 60 by 24 April. Payment within 30 days of invoice.';
    expect(
      itemsOf(selling, CLIENT)
        .filter((e) => e.kind !== 'payment')
        .map(brief),
    ).toEqual([
      ['deliverable', 'client', '2026-03-20'],
      ['deliverable', 'client', '2026-04-24'],
    ]);
    const ordering =
      'Please find attached our purchase order. Delivery in two lots: 40 cabinets by 20 March, the remaining 60 by 24 April. We pay 30 days net after receipt of goods and invoice.';
    expect(
      itemsOf(ordering, US)
        .filter((e) => e.kind !== 'payment')
        .map(brief),
    ).toEqual([
      ['request', 'client', '2026-03-20'],
      ['request', 'client', '2026-04-24'],
    ]);
  });

  it.each([
    'Schedule: we start the edit on March 16 and the mix goes out March 27, a day ahead of your deadline.',
    'Timeline: flexible, anything before summer works.',
    'Dates: 16 March.',
    'Note: the office is closed on 16 March, 17 March and 18 March for the move, so please call.',
  ])('leaves "%s" to the clause rules', (text) => {
    const norm = normalizeText(text).text;
    expect(parts(text)).toEqual([norm]);
  });
});

describe('the writer\'s own schedule said with "we\'d"', () => {
  it('reads each step with its own date as owed by the writer', () => {
    const text =
      "We'd have the script draft with you by Friday 13 March, shoot on Tuesday 31 March, and deliver the final video by 23 April.";
    expect(itemsOf(text, US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-13'],
      ['deliverable', 'us', '2026-03-31'],
      ['deliverable', 'us', '2026-04-23'],
    ]);
  });

  it('is not the reader\'s ask ("We\'d shoot on …" was read as one)', () => {
    expect(itemsOf("We'd shoot on Tuesday 31 March.").map(brief)).toEqual([
      ['deliverable', 'client', '2026-03-31'],
    ]);
  });

  it.each([
    ["We'd need the signed SOW by Friday.", 'request'],
    ["We'd like to start on Monday 9 March.", null],
  ])('leaves a need or a wish alone: "%s"', (text, kind) => {
    expect(itemsOf(text).map((e) => e.kind)).toEqual(kind ? [kind] : []);
  });
});

describe("an offer made on the reader's acceptance", () => {
  it('binds the writer to each step once accepted', () => {
    const text =
      'If you accept, we will do the measured survey on Monday 23 March and present concept options on 16 April.';
    expect(itemsOf(text, US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-23'],
      ['deliverable', 'us', '2026-04-16'],
    ]);
  });

  it('leaves other conditions hypothetical', () => {
    expect(itemsOf('If the permit comes through, we will start on Monday 23 March.', US)).toEqual([]);
  });
});

describe('a thing on its way, said as where it will be', () => {
  it.each([
    'The final gallery will be with you within 5 business days of the shoot.',
    'FAI report will ship with the parts.',
    'The inspection certificates will travel with the goods.',
  ])('"%s" is the writer\'s deliverable', (text) => {
    expect(itemsOf(text, US).map((e) => [e.kind, e.owner])).toEqual([['deliverable', 'us']]);
  });

  it('does not read a person with the reader as a thing', () => {
    expect(itemsOf('Our designer will be with you in spirit on launch day.', US)).toEqual([]);
  });
});

describe("a time taken, and noted in the writer's own diary", () => {
  it.each([
    "Thursday 19 March works best for us – I'll pencil it in.",
    "4 Dec works for me, I've pencilled it in.",
    '9 April works for the CFO readout',
    'Thursday at 3pm SGT (12:30 IST) works for me.',
  ])('"%s" is no new item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads a promise after the time', () => {
    const items = itemsOf("Thursday works for me – I'll send the deck beforehand.");
    expect(items.map((e) => [e.kind, e.owner])).toEqual([['deliverable', 'client']]);
  });
});

describe('a delivery that only names the thing delivered', () => {
  it.each([
    'Signed engagement letter attached.',
    'The signed order confirmation is attached.',
    'A copy is attached for convenience.',
    'Please see our quotation TPM-Q-2702 attached.',
    'Please find attached the contract.',
    'Protocol v2.0 and the IB are attached.',
  ])('"%s" asks nothing', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it.each([
    ['Please find attached the contract and sign it by Friday.', 'request'],
    ['Please see the attached and sign by Friday.', 'request'],
    ['Please find attached our invoice, payable within 14 days.', 'payment'],
    ['Our invoice for $4,800 is attached.', 'payment'],
  ])('"%s" still asks what comes with it', (text, kind) => {
    expect(itemsOf(text).map((e) => e.kind)).toEqual([kind]);
  });
});

describe('a step of the work on a labelled line', () => {
  it.each([
    ['Start on site: Mon 6 April', '2026-04-06'],
    ['Shoot: Monday 9 March, weather permitting', '2026-03-09'],
    ['Phase 1 (pilot, 2 stores): go-live on 18 March', '2026-03-18'],
    ['Demolition of the old partition walls: week 29', null],
  ])('"%s" is the writer\'s dated deliverable', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each(['Validity: 31 March', 'Date: 4 May', 'Payment: 4 May'])(
    '"%s" names no step of the work',
    (text) => {
      expect(itemsOf(text, US).filter((e) => e.kind === 'deliverable')).toEqual([]);
    },
  );
});

describe('a document named by its initials, to follow', () => {
  it.each([
    ['RAMS to follow once you confirm the order.', null],
    ['CI and PL to follow by Monday.', '2026-03-09'],
    ['Insurance cert attached, RAMS to follow once you confirm the order.', null],
    ['Booking confirmation follows once the docs are in.', null],
  ])('"%s" is the writer\'s deliverable', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each(['IT to follow up on Monday.', 'US to follow the EU lead.'])('"%s" is no document', (text) => {
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('clauses cut where a new actor or term starts', () => {
  it('reads "we\'re on net 30" after an ask as the writer\'s terms', () => {
    const items = itemsOf("Invoice to accounts@acme.com please, we're on net 30.");
    expect(items.map((e) => [e.kind, e.owner])).toEqual([
      ['request', 'us'],
      ['payment', 'client'],
    ]);
  });

  it('reads "…and will send" as a promise of its own, not the expectation before it', () => {
    const items = itemsOf('I expect their go-ahead by Friday and will send the signed agreement on Monday.');
    expect(items.map(brief)).toEqual([['deliverable', 'client', '2026-03-09']]);
  });

  it('reads "…, she will email you" as the writer\'s side\'s promise', () => {
    const items = itemsOf('Cool room receipt my wife have it, she will email you on the weekend.');
    expect(items.map((e) => [e.kind, e.owner])).toEqual([['deliverable', 'client']]);
  });

  it('gives a weekend and a weekday each their own item', () => {
    const items = itemsOf(
      "Contract received, we'll sign it this weekend and send the deposit by bank transfer on Monday.",
    );
    expect(items.map(brief)).toEqual([
      ['deliverable', 'client', null],
      ['payment', 'client', '2026-03-09'],
    ]);
  });

  it.each([
    "Also cc'ing Mereana who's looking after the guest list.",
    "I'll loop in Kevin from our network team.",
  ])('owes nothing for someone brought in: "%s"', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('does not take a thing added for someone brought in', () => {
    expect(introducesSomeone("I'll add those to the invoice once we have the regs.")).toBe(false);
    expect(introducesSomeone('Adding the X-ray workstation is $65 per month.')).toBe(false);
    expect(introducesSomeone("Also cc'ing Mereana who's looking after the guest list.")).toBe(true);
  });
});

describe('a thing to follow, after something delivered', () => {
  it.each([
    ['Logo attached, music licence to follow tomorrow.', '2026-03-03'],
    ['COI will be sent once the booking is confirmed.', null],
  ])('"%s" is the writer\'s deliverable', (text, due) => {
    expect(
      itemsOf(text)
        .filter((e) => e.kind === 'deliverable')
        .map(brief),
    ).toEqual([['deliverable', 'client', due]]);
  });
});

/** Faults a read-only review of this round's rules found (3 December 2026), each kept fixed. */
describe('what the new rules must not read', () => {
  it.each([
    "I'll add March figures to the report by Friday.",
    "We'll add Section 4 to the contract by Monday.",
    "I'll loop in Kevin from our network team to fix the VPN by Monday.",
    "I'll copy in Finance to arrange the payment by Friday.",
  ])('keeps the promise in "%s"', (text) => {
    expect(itemsOf(text, US).length).toBeGreaterThan(0);
  });

  it.each([
    'Flight: Mon 9 March, BA117 from Heathrow.',
    'Our go-live: Wed 4 March went smoothly.',
    'Previous inspection: 12 Feb.',
    'Last delivery: 2 March.',
    'Next steps: 1) sign the SOW, 2) pay the deposit, 3) kickoff call.',
    'Schedule: Monday 9am, Tuesday 2pm, Wednesday 4pm.',
    'Dates: 12, 13 and 14 March all work for us.',
    'Key dates: Thursday 12 March, Friday 13 March.',
    'Dates: our office is closed 24 Dec, 25 Dec and 26 Dec.',
    'Timeline: deposit 10 March, final payment 30 April.',
    'I would have sent the invoice to you on Monday but the system was down.',
  ])('reads no deliverable of the writer in "%s"', (text) => {
    expect(itemsOf(text, US).filter((e) => e.kind === 'deliverable' && e.owner === 'us')).toEqual([]);
  });

  it('ends a one-line schedule with its line', () => {
    const text = 'Hi Ana,\n\nTimeline: mockups by 16 March, launch 30 April.\nCopy deck from Ana by 9 March.';
    const line = text.indexOf('Timeline');
    const next = text.indexOf('Copy deck');
    const fromSchedule = itemsOf(text, US).filter((e) => e.start >= line && e.start < next);
    expect(fromSchedule.map((e) => [e.due, e.end <= next])).toEqual([
      ['2026-03-16', true],
      ['2026-04-30', true],
    ]);
  });

  it.each([
    ['Please see the invoice attached, due within 14 days.', 'payment'],
    ['Attached is the overdue invoice for payment.', 'payment'],
  ])('keeps the ask beside an attachment in "%s"', (text, kind) => {
    expect(itemsOf(text, US).map((e) => e.kind)).toEqual([kind]);
  });

  it('reads no delivery in "The purchase order you mentioned wasn\'t attached."', () => {
    const signals = extractThread(
      one("The purchase order you mentioned wasn't attached.", { from: US }),
    ).signals;
    expect(signals).toEqual([]);
  });
});
