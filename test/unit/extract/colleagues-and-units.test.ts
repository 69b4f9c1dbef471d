/**
 * Phrasings from the 3 December 2026 afternoon rule round (docs/extract.md): the writer's
 * colleague copied in and named on a line of a recap, and numbers with a unit letter that chrono
 * reads as a span of time. The date is Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { lineSide } from '../../../src/extract/lists';
import { brief, CLIENT, itemsOf, message, thread, US } from './helpers';

describe("a colleague copied in from the writer's own domain", () => {
  const recap =
    'Hi Sam,\n\nGood call today. Quick recap:\n\n- Priya – send the revised sitemap by Friday\n- Sam – share the brand fonts by Wednesday\n\nBest,\nDana';
  const colleague = { name: 'Priya Nair', email: 'priya@northwind.io' };

  it('binds the line naming the colleague to the writer, the line naming the reader to the reader', () => {
    const items = extractThread(
      thread([message(recap, { from: US, to: [CLIENT], cc: [colleague] })]),
    ).expectations;
    expect(items.map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-06'],
      ['request', 'client', '2026-03-04'],
    ]);
  });

  it('binds a line naming someone neither side has written from to the side that mentions them', () => {
    const items = extractThread(thread([message(recap, { from: US, to: [CLIENT], cc: [] })])).expectations;
    expect(items.map(brief)[0]).toEqual(['deliverable', 'us', '2026-03-06']);
  });
});

describe('a number with a unit letter is no span of time', () => {
  it.each([
    'Aged cheddar 24m – €31.00/kg',
    'Solar array (24 x 425 W panels, hybrid inverter): €9,870',
    'Battery pack, 10 h runtime: €640',
  ])('prices "%s" with no due date', (line) => {
    const [e] = itemsOf(`Our prices:\n\n- ${line}`, CLIENT);
    expect(e?.kind).toBe('payment');
    expect(e?.due).toBeNull();
  });
});

describe('a list line that names its side after a dash', () => {
  const steps =
    'Hi,\n\nNext steps:\n\n- Priya – send the revised sitemap by Friday\n- Laptops – we bring 10 with the software installed\n- Catering – you provide lunch for 12\n\nBest,\nSam';

  it("binds a name nobody's address knows, and 'we' or 'you' after a label, to the side each names", () => {
    const items = itemsOf(steps, CLIENT);
    expect(items.map(brief)).toEqual([
      ['deliverable', 'client', '2026-03-06'],
      ['deliverable', 'client', null],
      ['request', 'us', null],
    ]);
  });
});

describe('turning up at a time of day is the service', () => {
  it.each([
    ['Our fitters will be on site at 8am on Thursday 5 March.', '2026-03-05'],
    ["I'll be at the gallery at 10:30 on the 12th.", '2026-03-12'],
    ['The van will be at the depot from 6:00am on Friday 6 March.', '2026-03-06'],
    ["We'll be at the town hall on Wednesday 4 March for the 7:30 concert.", '2026-03-04'],
    ['Our surveyors will be on site for fieldwork from Monday 9 March.', '2026-03-09'],
  ])('"%s" is the writer\'s deliverable', (text, due) => {
    const items = itemsOf(text, US);
    expect(items.map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each([
    "I'll be in the office at 9am on Monday.",
    "I'll be at home from 3pm on Monday.",
    "I'll be at the airport at 6am on Tuesday.",
    'I shall be in Boston from the 17th to the 19th.',
  ])('"%s" stays whereabouts', (text) => {
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('hand-overs with the thing put first', () => {
  it.each([
    'The signed drawings I send you tomorrow.',
    'Revised layout we email you on Friday.',
    'The sample packages you get Wednesday morning from our warehouse.',
    'First proof you receive tomorrow.',
    'Rough cut to you on Thursday 5th.',
    'Cover photo to follow tmrw.',
    'Music licence to follow tomorrow.',
  ])('"%s" is the writer\'s deliverable', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner]).toEqual(['deliverable', 'client']);
    expect(e?.due).not.toBeNull();
  });

  it.each([
    'Thanks to you on Monday.',
    'The documents you sent on Friday are fine.',
    'The report you get from us is final.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });
});

describe('payment terms said without a sum', () => {
  it.each([
    'Bills are settled within 60 days of statement.',
    'Payment is on account, 15th of the month following.',
    'Invoice on completion, 21 day terms.',
    'Our payment is at the end of the following month.',
    'Payment within 14 days of handover.',
    'Every stage is payable on approval of that stage.',
    'A third up front, the rest on launch.',
    'Balance when done.',
  ])('"%s" is a payment with no due date', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.due]).toEqual(['payment', null]);
  });

  it("binds the writer's side to its own terms for suppliers, counted from an invoice not yet sent", () => {
    const text = 'Our payment terms for contractors are 45 days from receipt of invoice.';
    const [e] = itemsOf(text, US);
    expect(brief(e!)).toEqual(['payment', 'us', null]);
  });
});

describe('a signature and sign-off lines', () => {
  it("does not read the writer's name as a heading over the lines below ('Sam Price')", () => {
    const text =
      'Hi Olivia,\n\nShout if anything looks off.\n\nDana Price\nProducer | Northwind Films\n0412 555 873';
    const from = { name: 'Dana Price', email: 'dana@northwind.io' };
    expect(itemsOf(text, from)).toEqual([]);
  });

  it.each([
    'Any questions, just give me a bell.',
    'Please pass on our thanks to the trustees.',
    'Please keep that in mind for the next phase.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });

  it('still reads the ask after "keep that in mind and …"', () => {
    const text = 'Please keep that in mind and send the files by Friday.';
    const items = itemsOf(text, CLIENT);
    expect(items.map(brief)).toEqual([['request', 'us', '2026-03-06']]);
  });
});

describe('when a payment is due', () => {
  const dueOf = (text: string, from = CLIENT) => itemsOf(text, from).map((e) => [e.kind, e.due]);

  it.each([
    ['Invoice #2291 for $840.00 is attached, net 30 as usual.', '2026-04-01'],
    ['The second invoice (30%, € 7.200) is attached, payment term 14 days.', '2026-03-16'],
    ['Our invoice for the survey is attached, payable at 30 days.', '2026-04-01'],
  ])('counts the terms of a bill sent now from the sent day: "%s"', (text, due) => {
    expect(dueOf(text)).toEqual([['payment', due]]);
  });

  it.each([
    'Our invoices are payable within 30 days.',
    'Invoices are emailed after each visit, payable within 14 days.',
  ])('gives standing terms no due date: "%s"', (text) => {
    expect(dueOf(text)).toEqual([['payment', null]]);
  });

  it('does not date a price list by how long its prices stand', () => {
    const text =
      'Dear Ana,\n\nPlease see prices below, valid until 30 April:\n\nRicotta 250g – €3.90 per tub\nPecorino 12m – €24.00/kg\n\nBest,\nMarco';
    expect(dueOf(text)).toEqual([
      ['payment', null],
      ['payment', null],
    ]);
  });
});

describe('a thing landing where the reader finds it', () => {
  it.each([
    ['The edited photos will be in the shared folder tomorrow.', '2026-03-03'],
    ['we shoot on the 3rd, the footage will be in the drive by the 5th.', '2026-03-05'],
  ])('"%s" is the writer\'s deliverable, due on its deadline', (text, due) => {
    const items = itemsOf(text, CLIENT);
    expect(items.map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it('leaves a person in the office as whereabouts', () => {
    expect(itemsOf('Tom will be in the office by 9.', CLIENT)).toEqual([]);
  });
});

describe('commitments the models or the ask patterns used to miss', () => {
  it.each([
    "We'll provide branded caps for all your volunteers.",
    "He'll bring some fabric samples too.",
    "I'll bring place cards for all four tables.",
    'Priya from my team will send over the seating plan by Wednesday.',
  ])('"%s" is the writer\'s deliverable', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner]).toEqual(['deliverable', 'client']);
  });

  it('keeps "Send over the seating plan by Wednesday" an ask of the reader', () => {
    const [e] = itemsOf('Send over the seating plan by Wednesday.', CLIENT);
    expect(brief(e!)).toEqual(['request', 'us', '2026-03-04']);
  });

  it.each(['I could do Thursday at 6pm.', 'We can make Tuesday morning.'])(
    '"%s" offers a time to meet',
    (text) => {
      const [e] = itemsOf(text, CLIENT);
      expect(e?.kind).toBe('meeting');
    },
  );

  it('leaves "I can do the logo by Friday" a deliverable', () => {
    const [e] = itemsOf('I can do the logo by Friday.', CLIENT);
    expect(e?.kind).toBe('deliverable');
  });
});

describe('hand-overs and visits in plain words', () => {
  it.each([
    ['I send you the booking request tomorrow before 12:00.', '2026-03-03'],
    ['We ship the goods Monday.', '2026-03-09'],
    ['Trevor will be at your plant by 11 this morning.', '2026-03-02'],
    ['Our engineer will be at your site on Monday.', '2026-03-09'],
  ])('"%s" is the writer\'s deliverable', (text, due) => {
    const items = itemsOf(text, CLIENT);
    expect(items.map(brief)).toEqual([['deliverable', 'client', due]]);
  });

  it.each([
    'We send invoices every month.',
    'I send you my best wishes for Friday.',
    'Trevor will be at the plant by 11.',
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });
});

describe('sides said by a pronoun or a price', () => {
  it('reads a plan of steps in the present by its pronouns', () => {
    const text =
      'Hi Sam,\n\nSOW attached.\n\nNext steps:\n1. You sign the SOW by March 3\n2. We send you the staging link by March 20\n3. We need your brand fonts\n\nBest,\nDana';
    const items = itemsOf(text, US);
    expect(items.map(brief)).toEqual([
      ['request', 'client', '2026-03-03'],
      ['deliverable', 'us', '2026-03-20'],
      ['request', 'client', null],
    ]);
  });

  it.each([
    'Setup fee 1 290 € HT, invoiced today, payable within 15 days.',
    'Price for 4.000 pcs is € 612,50 excl. BTW, numbering included.',
  ])('knows the writer sells from its price: "%s"', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner]).toEqual(['payment', 'us']);
  });

  it('reads "We deliver them to your office on Friday 6 March" as the writer\'s deliverable', () => {
    const text = 'We deliver them to your office on Friday 6 March.';
    const items = itemsOf(text, CLIENT);
    expect(items.map(brief)).toEqual([['deliverable', 'client', '2026-03-06']]);
  });
});

describe('things and money on their way', () => {
  it.each([
    ['The signed certificate will be sent once the booking is confirmed.', 'deliverable', 'client'],
    ['Fabric sample goes in the post tomorrow.', 'deliverable', 'client'],
    ['The deposit will follow from our finance team this week.', 'payment', 'client'],
    ['The first invoice goes out on Friday, payable net 15.', 'payment', 'us'],
    ['Our invoice will be issued after delivery and is payable within 30 days.', 'payment', 'us'],
  ])('"%s" is a %s that %s owes', (text, kind, owner) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner]).toEqual([kind, owner]);
  });
});

describe('quality bars said as rules, requirements or bans', () => {
  it.each([
    'Certified translations are required for item 2 only.',
    'Telematics: required on all vans over 3.5t.',
    'The meeting rooms have to reach at least 35 dB speech reduction.',
    'Needs to be done out of hours.',
    'Nothing may contain sesame.',
    'The drivers must phone the site manager 20 minutes before.',
    'Our travel policy requires all flights to be booked in economy.',
    'The building requires hot works permits for any welding.',
  ])('"%s" is a standard', (text) => {
    const [e] = itemsOf(text, CLIENT);
    expect(e?.kind).toBe('standard');
  });

  it('keeps "it must reach us within 3 months" a hand-over, not a bar', () => {
    const [e] = itemsOf('The signed form must reach us within 3 months.', CLIENT);
    expect(e?.kind).toBe('request');
  });
});

describe('headings written without a colon', () => {
  it('reads "What we bring" and "What we need from the school" as headings of their lines', () => {
    const text =
      'Hi Mrs Ortiz,\n\nThanks for booking.\n\nWhat we bring\nAll props and a PA\nTwo presenters\n\nWhat we need from the school\nA power point near the stage\nA staff member present for the whole show\n\nCheers,\nDana';
    const items = itemsOf(text, US);
    expect(items.map(brief)).toEqual([
      ['deliverable', 'us', null],
      ['deliverable', 'us', null],
      ['request', 'client', null],
      ['request', 'client', null],
    ]);
  });
});

describe("a buyer's plain lines under a neutral heading", () => {
  it('are what the buyer asks the seller for', () => {
    const text =
      'Hi Dana,\n\nWe are planning our team offsite at your venue from 17 to 19 September. Details:\n\nRooms: 30 double rooms, two nights\nMeeting room for 60 people with a projector\n\nCould you send us your best group rates by Thursday?\n\nRegards,\nSam';
    const items = itemsOf(text, CLIENT);
    expect(items.map(brief).slice(0, 2)).toEqual([
      ['request', 'us', null],
      ['request', 'us', null],
    ]);
  });
});

describe('whereabouts given as a reason', () => {
  it('keeps the promise and does not split the reason off as a second item', () => {
    const text =
      'Yes, happy to. I will deliver it by the 10th, one day early, because I will be travelling on the 11th.';
    const items = itemsOf(text, US);
    expect(items.map(brief)).toEqual([['deliverable', 'us', '2026-03-10']]);
  });

  it("leaves a wish with whereabouts as its reason as before ('as I'm away')", () => {
    const text = "I shall be in Boston from the 17th to the 19th, as I'll be travelling.";
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('a priced line whose label opens with a number', () => {
  it('is its own item, apart from the line above', () => {
    const text =
      'Hi Paul,\n\nSorry for the delay. Renewal attached, summary:\n\nQuarterly preventive maintenance, 4 visits: CA$6,800/yr\n24/7 emergency callout: CA$185/hr (2 hr minimum)\n\nGerry';
    const items = itemsOf(text, CLIENT);
    expect(items.map((e) => e.amount?.value)).toEqual([6800, 185]);
  });
});

describe('hand-overs said in passing', () => {
  it.each([
    ['Thanks Ana, we send you the proof on Monday.', 'deliverable', 'client'],
    ['The monthly invoice will be emailed on 31 March, 14 days.', 'payment', 'us'],
    ['Our painter will repaint the hallway once it has dried out.', 'deliverable', 'client'],
  ])('"%s" is a %s that %s owes', (text, kind, owner) => {
    const [e] = itemsOf(text, CLIENT);
    expect([e?.kind, e?.owner]).toEqual([kind, owner]);
  });
});

describe('things that look like hand-overs and are not', () => {
  it.each(['I was referred to you by Dr. Okafor.', "I'll fly in from Lisbon in the morning."])(
    '"%s" owes nothing',
    (text) => {
      expect(itemsOf(text, CLIENT)).toEqual([]);
    },
  );
});

// Found in review of the 3 December afternoon rules: each of these came out wrong once.
describe('review: no side, date or ask invented', () => {
  it('does not make two people on a free-mail domain colleagues', () => {
    const writer = { name: 'Dana Lee', email: 'dana.lee@gmail.com' };
    const reader = { name: 'Sam Ortiz', email: 'sam.ortiz@gmail.com' };
    const text = 'Hi Sam,\n\nQuick recap:\n\n- Sam – send the signed contract by Friday\n\nDana';
    const items = extractThread(
      thread([message(text, { from: writer, to: [reader] })], {
        self: { emails: [writer.email], domains: [] },
      }),
    ).expectations;
    expect(items.map(brief)).toEqual([['request', 'client', '2026-03-06']]);
  });

  it('counts the terms of a bill sent now from the sent day, not from a date in its wording', () => {
    const text = 'Invoice 2231 for the 20 March shoot is attached, net 30 as usual.';
    const [e] = itemsOf(text, CLIENT);
    expect(e?.due).toBe('2026-04-01');
  });

  it.each([
    'Re: book launch next week',
    'Sadly, hold times were long on Friday.',
    'We are hoping to meet the deadline.',
    'You can reach me on 07700 900123.',
    'We propose to install the boiler in week 2.',
    "I'll have to talk to my manager first.",
  ])('"%s" owes nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });

  it('takes no side from a label before a dash or a past-tense pronoun line', () => {
    const names = { writer: ['dana'], reader: ['sam'] };
    expect(lineSide('Reminder - pay invoice 2231 by Friday', names)).toBeNull();
    expect(lineSide('Update - the crates arrived late', names)).toBeNull();
    expect(lineSide("We don't have the drawings yet", names)).toBeNull();
    expect(lineSide('We received the drawings', names)).toBeNull();
  });

  it('keeps the ask after an offer of help ("If you have problems …, please send me a screenshot")', () => {
    const text = 'If you have problems with the login, please send me a screenshot by Friday.';
    const [e] = itemsOf(text, CLIENT);
    expect(brief(e!)).toEqual(['request', 'us', '2026-03-06']);
  });

  it.each([
    ['No dish can include pork.', 'standard'],
    ["We'll be at your office at 10 on Thursday.", 'deliverable'],
  ])('reads "%s" with its contraction or short subject as a %s', (text, kind) => {
    const [e] = itemsOf(text, CLIENT);
    expect(e?.kind).toBe(kind);
  });
});
