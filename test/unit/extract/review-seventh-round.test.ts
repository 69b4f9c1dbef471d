/**
 * Regressions a read-only reviewer found in the first rules of the seventh round of 7 December
 * 2026, each mended: a short order is no past report, "S/" is a sol only before a sum with cents,
 * a forecast of goods is no ask, a dated arrival stays dated, the writer's own people set no bar on
 * the reader, a plan that must not slip binds no one's work, "because our warehouse is closed"
 * is a closure notice, a loss made is no deliverable, a visit organised is no mere opening. Then
 * what a second reviewer found in the mends and the later rules: a closure given as the reason for
 * a dated act keeps the act, a link line splits only after a colon, news of "our" things is no work
 * for the reader, a short order opening on any verb is no past report, whole soles are soles, a
 * balance that must reach the writer is asked for, the writer's goods still bar the supplier, a
 * standing rule on "Monday mornings" stays standing, a clock time is no deadline of a past report.
 * Sent Monday 2 March 2026 in London.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/extract/money';
import { CLIENT, US, kindsOf } from './helpers';

describe('a short order opening on a verb', () => {
  it.each([
    ['Send updated drawings by Thursday.', '2026-03-05'],
    ['Return signed copies to our office by Friday.', '2026-03-06'],
    ['Forward scanned receipts to Maria by 10 March.', '2026-03-10'],
    ['The signed contract has to reach us by Friday 6 March.', '2026-03-06'],
  ])('%j stays the reader’s request', (text, day) => {
    expect(kindsOf(text, CLIENT)).toEqual([['request', 'us', day]]);
  });
});

describe('"S/" in a reference', () => {
  it.each([
    'Please quote order S/2026/0114 when you deliver on Friday.',
    'Please invoice the work under cost centre S/ 4410 by Friday.',
    'Please deliver to Bay S/3 by 8am Thursday.',
  ])('%j holds no sum', (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});

describe('a forecast of goods on their way', () => {
  it.each([
    'The parcel should reach us by Friday, the courier says.',
    'Our new laptops should be with us by the 20th, according to Dell.',
    'The new forklift should reach our site by Thursday, Toyota tell us.',
  ])('%j asks nothing', (text) => {
    expect(kindsOf(text, CLIENT).filter(([kind]) => kind === 'request')).toEqual([]);
  });
});

describe('an arrival on a day', () => {
  it.each([
    ['Your driver must arrive at 7am on Thursday at the loading bay.', '2026-03-05'],
    ['The flowers have to arrive before 2pm Friday for the wedding.', '2026-03-06'],
  ])('%j keeps its day', (text, day) => {
    expect(kindsOf(text, CLIENT).map(([, , due]) => due)).toContain(day);
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('standard');
  });
});

describe("the writer's own people", () => {
  it.each([
    'Our team must arrive at 8am to start the install.',
    'Our drivers must not enter private property without written permission.',
  ])('%j sets no bar on the reader', (text) => {
    expect(kindsOf(text, US)).not.toContainEqual(['standard', 'client', null]);
  });
});

describe('a plan that must not slip', () => {
  it.each([
    'Our CEO must not find out about the surprise party before Friday.',
    'The deadline must not slip again.',
  ])('%j sets no standard', (text) => {
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('standard');
  });
});

describe('a closure given as a reason', () => {
  it('"Because our warehouse is closed from 24 December …" is a closure notice', () => {
    const text =
      'Because our warehouse is closed from 24 December to 2 January, orders placed after 20 December will ship in January.';
    expect(kindsOf(text, CLIENT)).toEqual([]);
  });
});

describe('things made or had that are no preparation', () => {
  it.each([
    "We'll make a loss for the quarter if this slips.",
    "I'll have my phone on standby all weekend in case anything comes up.",
  ])('%j is no deliverable', (text) => {
    expect(kindsOf(text, CLIENT).map(([kind]) => kind)).not.toContain('deliverable');
  });
});

describe('a visit the writer organises', () => {
  it('"We\'re organising a site visit for Tuesday 10 March" is not dropped as an opening', () => {
    expect(
      kindsOf("We're organising a site visit for Tuesday 10 March at 10am with our engineer.", US),
    ).not.toEqual([]);
  });
});

describe('a closure given as the reason for a dated act', () => {
  it.each([
    [
      'Payment is due by 27 March as our office is closed for Easter after that.',
      US,
      ['payment', 'client', '2026-03-27'],
    ],
    [
      'We will install the new units on Saturday 7 March because the shop is closed that day.',
      US,
      ['deliverable', 'us', '2026-03-07'],
    ],
    [
      'We need the delivery on Tuesday as our warehouse is closed on Monday.',
      CLIENT,
      ['request', 'us', '2026-03-03'],
    ],
  ] as const)('%j keeps the act', (text, from, item) => {
    expect(kindsOf(text, from)).toEqual([item]);
  });
});

describe('a wrapped line that ends in a web address', () => {
  it('goes on when no colon sets the address apart', () => {
    const text =
      'The full set of edited images will be uploaded to your private gallery at https://gallery.example.com/smith\nFriday 13 March, once the retouching is finished.';
    expect(kindsOf(text, US)).toEqual([['deliverable', 'us', '2026-03-13']]);
  });
});

describe('news of the writer’s things and people', () => {
  it.each([
    'Our new website will include an online booking page from April.',
    'Our CFO will hold a press conference next week to announce the results.',
    'Our guests will help themselves to coffee in the foyer.',
    'Our customs broker will hold the shipment at the port until duties are paid.',
  ])('%j is owed to no one', (text) => {
    expect(kindsOf(text, CLIENT)).toEqual([]);
  });

  it('"Two of our bartenders will lead the workshop" is still the writer’s work', () => {
    expect(kindsOf('Two of our bartenders will lead the workshop.', US)).toEqual([
      ['deliverable', 'us', null],
    ]);
  });
});

describe('more short orders', () => {
  it.each(['Prepare signed copies for the notary on Friday.', 'Swap damaged panels before handover.'])(
    '%j stays a request',
    (text) => {
      expect(kindsOf(text, CLIENT).map(([kind, owner]) => [kind, owner])).toEqual([['request', 'us']]);
    },
  );
});

describe('soles and a balance due at the writer’s', () => {
  it('"S/ 1,500" and "S/ 180 per person" are soles', () => {
    expect(findMoney('Please pay the deposit of S/ 1,500 by Friday.')).toEqual([
      { index: 26, money: { value: 1500, currency: 'PEN' } },
    ]);
    expect(findMoney('The tour costs S/ 180 per person.').map((f) => f.money)).toEqual([
      { value: 180, currency: 'PEN' },
    ]);
  });

  it.each([
    ['The balance should reach us by 20 March.', 'payment'],
    ['As the tender notice says, bids must reach us by noon on Friday 20 March.', 'request'],
  ])('%j is asked of the reader', (text, kind) => {
    expect(kindsOf(text, CLIENT)).toEqual([[kind, 'us', '2026-03-20']]);
  });
});

describe('bars that stay standing', () => {
  it.each([
    'Our fish deliveries must arrive at 0-2 °C.',
    'Contractors must not park in the visitor bays on Monday mornings.',
  ])('%j is the supplier’s standard', (text) => {
    expect(kindsOf(text, CLIENT)).toEqual([['standard', 'us', null]]);
  });
});

describe('a past report with a clock time', () => {
  it.each([
    'We threw away 20 kg of spoiled stock before noon.',
    'The courier delivered the replacement parts by 10am.',
  ])('%j asks nothing', (text) => {
    expect(kindsOf(text, CLIENT)).toEqual([]);
  });

  it.each([
    "We're organising a Christmas party for our call centre staff (60 people).",
    "I'm organising a team meeting in Lisbon for our 25 engineers in May.",
  ])('%j is an opening that asks nothing', (text) => {
    expect(kindsOf(text, CLIENT)).toEqual([]);
  });
});
