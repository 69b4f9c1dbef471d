/**
 * Phrasings from the 3 December 2026 evening rule round (docs/extract.md): times offered to meet
 * without a modal, invites sent, a seller's turnaround stated as a rule of the house, and priced
 * lines whose sum follows the work's duration or is written in a home currency's own sign. The
 * date is Monday 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { pricedLine } from '../../../src/extract/prices';
import { brief, itemsOf, US } from './helpers';

describe('a time offered to meet without a modal waits for the reader', () => {
  it.each([
    ['Wednesday afternoon or Friday before noon is good for me.', null],
    ["I've got Thursday 5 March or Friday 6 March free for the visit.", null],
    ['She is available on March 10 or March 12 in the afternoon.', null],
    ["I'm free Tuesday 10 March from 9 to 11 or Thursday 12 March after lunch.", null],
    ['For the walkthrough, Tuesday 10 March at 14:00 is possible for us.', '2026-03-10'],
  ])('"%s" is a meeting the reader owes an answer to', (text, due) => {
    expect(itemsOf(text).map(brief)).toEqual([['meeting', 'us', due]]);
  });

  it.each([
    'Friday at 11 works for me.',
    'Delivery Monday or Tuesday is fine.',
    'The staff will be available on Monday at 2pm.',
  ])('"%s" offers no meeting', (text) => {
    expect(itemsOf(text).filter((e) => e.kind === 'meeting')).toEqual([]);
  });
});

describe('an invite is a meeting its sender sets up', () => {
  it('reads "I will send a Teams invitation" after an accepted time as the writer\'s meeting', () => {
    const items = itemsOf('Thursday at 3 is fine, I will send a Teams invitation.', US);
    expect(items.map(brief)).toEqual([['meeting', 'us', null]]);
  });

  it('leaves printed invitations a deliverable', () => {
    const items = itemsOf('We will print the wedding invitations by Friday.', US);
    expect(items.map(brief)).toEqual([['deliverable', 'us', '2026-03-06']]);
  });
});

describe("a seller's turnaround stated as a rule of the house binds the seller", () => {
  it.each([
    'Retouched photos are delivered within 10 working days of the session.',
    'The signed lab certificates will be sent with the delivery paperwork.',
  ])('"%s" is the writer\'s deliverable', (text) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', null]]);
  });

  it('reads how billing works as no debt', () => {
    expect(itemsOf('Invoices are sent within 5 days of month end.', US)).toEqual([]);
  });
});

describe('priced lines', () => {
  it('reads a sum after the time the work takes, with a label in two parts', () => {
    const items = itemsOf(
      'Our estimate:\n\nStage 1 – research and concept: 3 weeks, EUR 7.200\nStage 2 – build: 6 weeks, EUR 21.600',
      US,
    );
    expect(items.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'client', 7200],
      ['payment', 'client', 21600],
    ]);
  });

  it('reads rand written with spaces from a South African writer', () => {
    const farm = { name: 'Lerato Dube', email: 'lerato@capefarm.co.za' };
    const items = itemsOf(
      'Prices for the season:\n\nCold room hire, 2 weeks: R 14 500\nDelivery to site: R 3 200',
      farm,
    );
    expect(items.map((e) => [e.kind, e.owner, e.amount?.value, e.amount?.currency])).toEqual([
      ['payment', 'us', 14500, 'ZAR'],
      ['payment', 'us', 3200, 'ZAR'],
    ]);
  });

  it.each(['Date: 14 May, fee £400', 'Rollout: 3 weeks, then £400 a month'])(
    '"%s" is no priced line',
    (line) => {
      expect(pricedLine(line)).toBe(false);
    },
  );
});

describe('a dash before an ask starts a clause of its own', () => {
  it('keeps the promise before the dash and the ask after it apart', () => {
    const items = itemsOf(
      'Our finance team will wire the retainer by Wednesday – please send your bank details and VAT number.',
    );
    expect(items.map(brief)).toEqual([
      ['payment', 'client', '2026-03-04'],
      ['request', 'us', null],
    ]);
  });

  it('leaves a dash before "I\'ll" explaining what came before', () => {
    const items = itemsOf(
      "Final invoice: €3,200 – I'll send it once we go live, payable within 14 days.",
      US,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('payment');
  });
});

describe('what is no new item', () => {
  it('reads a rule set by a party above the writer as a quality bar', () => {
    const items = itemsOf('Our funder requires that all survey data stays in the EU.');
    expect(items.map((e) => e.kind)).toEqual(['standard']);
  });

  it.each(['Please say thanks to Jade for thinking of us!', 'Please give our regards to the whole team.'])(
    '"%s" is a pleasantry',
    (text) => {
      expect(itemsOf(text)).toEqual([]);
    },
  );

  it('reads how a client pays as no payment', () => {
    expect(itemsOf('Our accounts office pays suppliers by bank transfer only.')).toEqual([]);
  });
});

describe('a sentence that only points back at an ask', () => {
  it.each([
    'Our designer needs it for the print proofs.',
    'Legal needs them before they can countersign.',
    'Does that suit?',
    'Would that work for you both?',
    'Can you make that?',
    // 6 December 2026, afternoon.
    'Can you commit to that?',
    'Could you live with that?',
    'Can you commit to that in writing?',
  ])('"%s" is no new item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('still reads a need with a deadline as an ask', () => {
    expect(itemsOf('Could you send the floor plan? I need it before Friday.').map(brief)).toContainEqual([
      'request',
      'us',
      '2026-03-06',
    ]);
  });
});

describe('a proposal with "propose"', () => {
  it('reads "we also propose a kick-off call on <day>" as a meeting the reader answers', () => {
    expect(itemsOf('We also propose a kick-off call on Thursday 12 March at 4 PM.', US).map(brief)).toEqual([
      ['meeting', 'client', '2026-03-12'],
    ]);
  });

  it("reads the writer's dated plan as the writer's deliverable", () => {
    expect(itemsOf('We propose to start the field interviews on 23 March.', US).map(brief)).toEqual([
      ['deliverable', 'us', '2026-03-23'],
    ]);
  });

  it('leaves an undated plan alone', () => {
    expect(itemsOf('We propose to install the boiler.', US)).toEqual([]);
  });
});

describe("the writer's proposed schedule said with 'would'", () => {
  it.each([
    ['The translated files would be delivered by 20 March.', '2026-03-20'],
    ['Installation would start March 16.', '2026-03-16'],
    ['Delivery to your site would be on 9 March.', '2026-03-09'],
  ])('"%s" is the writer\'s deliverable, not an ask', (text, due) => {
    expect(itemsOf(text, US).map(brief)).toEqual([['deliverable', 'us', due]]);
  });

  it.each([
    'The first instalment would then be collected on 1 March.',
    'Dates would be March 22–25.',
    'Load-in would be 12 March from 4pm, if the venue allows.',
  ])('"%s" is no deliverable', (text) => {
    expect(itemsOf(text, US).filter((e) => e.kind === 'deliverable')).toEqual([]);
  });
});

describe('where to meet, for a meeting already set', () => {
  it.each([
    "Thursday at 2 is fine, I'll meet you at reception.",
    'Priya and I will meet you at the site gate.',
    'Perfect, see you there.',
  ])('"%s" is no new meeting', (text) => {
    expect(itemsOf(text).filter((e) => e.kind === 'meeting')).toEqual([]);
  });

  it('still reads a meeting that names its day', () => {
    expect(
      itemsOf("I'll meet you at your office on Tuesday 10 March at 2pm.", US).map((e) => e.kind),
    ).toEqual(['meeting']);
  });
});

describe("the reader's option taken", () => {
  it.each([
    'Go with the oak finish please.',
    "We'll go with Option B.",
    'Yes please to both the band and the piper.',
    'Approved for the wiring, go ahead.',
  ])('"%s" is an answer, not a new ask', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it('reads an undated go-ahead that names the work as approval too (annotation guide)', () => {
    expect(itemsOf('Please go ahead with the deep clean.')).toEqual([]);
  });
});

describe("the evening rules' limits (found in review)", () => {
  it.each([
    ['It would be great to meet on Tuesday.', 'meeting'],
    ['The call would be on Thursday at 10.', 'request'],
    ['Please send the signed contract back Monday or Tuesday, whichever works for you.', 'request'],
    ['Please send hi-res logos by Friday.', 'request'],
    ['Our landlord requires a certificate of insurance before you start on site.', 'request'],
    ['We need these before the site visit on March 12.', 'request'],
    ['Proofs by Wednesday - could you do that?', 'request'],
  ])('"%s" keeps its reading (%s)', (text, kind) => {
    expect(itemsOf(text).map((e) => e.kind)).toEqual([kind]);
  });

  it.each([
    ['I can get the report to you Thursday or Friday, whichever suits.', 'deliverable'],
    ["We'll meet at your office next week to walk through the plans.", 'meeting'],
  ])('"%s" from the writer keeps its reading (%s)', (text, kind) => {
    expect(itemsOf(text, US).map((e) => e.kind)).toEqual([kind]);
  });

  it.each([
    'The wedding would be on June 6.',
    "They're available from March 10 in all three colours.",
    'The 12th or the 13th works for the painters.',
  ])('"%s" is no item', (text) => {
    expect(itemsOf(text)).toEqual([]);
  });

  it.each([
    ['The retainer would be invoiced on April 1.', 'deliverable'],
    ['An extension to 20 March is possible.', 'meeting'],
    ['Delivery is included in all orders over $500.', 'deliverable'],
  ])('"%s" from the writer is no %s', (text, kind) => {
    expect(itemsOf(text, US).filter((e) => e.kind === kind)).toEqual([]);
  });

  it('keeps a "by" deadline with a time of day before "or"', () => {
    expect(
      itemsOf('We need the signed SOW by Thursday at noon or Friday morning at the latest.')[0]?.due,
    ).toBe('2026-03-05');
  });
});

describe('someone the writer has set to work for the reader', () => {
  it("binds the writer's side", () => {
    expect(itemsOf("I've asked our designer to send you the revised logo by Friday.", US).map(brief)).toEqual(
      [['deliverable', 'us', '2026-03-06']],
    );
    expect(
      itemsOf("I've asked accounts to pay the deposit by Wednesday.").map((e) => [e.kind, e.owner]),
    ).toEqual([['payment', 'client']]);
  });

  it('leaves asks among others alone', () => {
    expect(itemsOf("We've asked the landlord to fix the heating.")).toEqual([]);
  });
});
