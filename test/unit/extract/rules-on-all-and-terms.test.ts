/**
 * Classes from the former held-out part of 4 December 2026, night (issue 9, 5 December): rules on
 * all, any or none of something; asking leave to pay a certain way; a share of the sum paid or
 * charged; work offered for a set sum; lists asked to be priced or ordered; an offer conditional
 * on agreeing. Every sentence was written for
 * this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { LIST_PATTERNS } from '../../../src/extract/listPatterns';
import { CLIENT, US, brief, itemsOf } from './helpers';

const kinds = (text: string, from = CLIENT) => itemsOf(text, from).map((e) => [e.kind, e.owner]);

describe('a rule on all, any or none of something is a quality bar', () => {
  it.each([
    'All vendors handling patient data must store it in Canada.',
    'Any change over €1,000 needs a signed variation before work starts.',
    'Nobody can share screenshots of the beta or talk to the press until launch.',
    'Nothing goes to print until Priya signs off.',
    'Every post must carry the paid-partnership label.',
    'All copy stays in British English.',
  ])('"%s" binds the reader, who does the work', (sentence) => {
    expect(kinds(sentence)).toEqual([['standard', 'us']]);
  });

  it.each([
    'All good, we need to send it on Friday.',
    'Anything else you need to know, just ask.',
    'All files must be sent by Friday.',
  ])('but not "%s", whose modal is a person\'s or a hand-over\'s', (sentence) => {
    expect(itemsOf(sentence).map((e) => e.kind)).not.toContain('standard');
  });
});

describe('asking leave to pay a certain way asks the reader', () => {
  it('from the client, the ask is ours to answer', () => {
    expect(kinds('Can we pay the balance in two instalments?')).toEqual([['request', 'us']]);
  });
  it('from us, the client answers', () => {
    expect(kinds('Could we settle the invoice by card instead?', US)).toEqual([['request', 'client']]);
  });
});

describe('a share of the sum paid or charged is a payment term', () => {
  it.each([
    ['25% will be paid within 10 days of signing.', CLIENT, 'client'],
    ['An advance of 40% is fine for the first order, with the balance on delivery.', US, 'client'],
    ['Taxes (8.875%) and a 20% service charge apply on top.', US, 'client'],
  ])('"%s"', (sentence, from, owner) => {
    expect(kinds(sentence, from)).toEqual([['payment', owner]]);
  });

  it.each([
    'Only 20% of our invoices are paid on time.',
    'Delivery: 50% quantity by 20 March, balance by 10 April.',
  ])('but not a share of something else: "%s"', (sentence) => {
    expect(itemsOf(sentence).map((e) => e.kind)).not.toContain('payment');
  });
});

describe('work for a set sum is a price', () => {
  it.each([
    ['We can run the audit as a separate engagement for a fixed €3,400.', 3400, 'EUR'],
    ['Setup is a one-off EUR 250,00.', 250, 'EUR'],
    ['Deposit 30% = USD 4,500.00', 4500, 'USD'],
    ['We can add a second photographer for an extra £380.', 380, 'GBP'],
    ['Our partner can supply the stainless lids at an additional ₹12,500.', 12500, 'INR'],
  ])('"%s"', (sentence, value, currency) => {
    expect(itemsOf(sentence, US).map((e) => [e.kind, e.owner, e.amount])).toEqual([
      ['payment', 'client', { value, currency }],
    ]);
  });
});

describe('a list asked to be priced or ordered is asked for, not paid', () => {
  it('under "Could you send a proforma invoice for the following:"', () => {
    const text =
      'Hi Dana,\n\nCould you send a proforma invoice for the following:\n\n- 200 mugs\n- 50 tote bags\n\nThanks';
    expect(kinds(text)).toEqual([
      ['request', 'us'],
      ['request', 'us'],
    ]);
  });
  it('under a heading that drops its subject: "Need pricing and availability for …:"', () => {
    const text =
      'Hi Dana,\n\nNeed pricing and availability for the spring job:\n\n- Live oak, 30 gal: 8\n- Mulch, double shredded: 25 cu yd\n\nThanks';
    expect(kinds(text)).toEqual([
      ['request', 'us'],
      ['request', 'us'],
    ]);
  });
});

it('an offer conditional on agreeing still binds the writer', () => {
  const found = itemsOf('If we agree on price, our accounts team will transfer the 50% by the 18th.');
  expect(found.map((e) => [e.owner, e.due])).toEqual([['client', '2026-03-18']]);
});

it.each([
  "If we can agree on those, I'll send the PO for the 90 sets by Friday.",
  "If we could go ahead with these, I'll send the PO for the 90 sets by Friday.",
])('an offer conditional on agreeing what is open still binds the writer: "%s"', (text) => {
  expect(itemsOf(text).map((e) => [e.kind, e.owner, e.due])).toContainEqual([
    'deliverable',
    'client',
    '2026-03-06',
  ]);
});

it('a bill "to" someone follows as a bill: "Invoice to AP follows tomorrow."', () => {
  expect(itemsOf('Invoice to AP follows tomorrow.', US).map(brief)).toEqual([
    ['payment', 'client', '2026-03-03'],
  ]);
});

// A read-only reviewer's probes of the first version (5 December 2026): each of these misfired.
describe('review', () => {
  it.each([
    'Nothing needs to change on scenes 3 and 4.',
    'No one needs to attend in person; the webinar will be recorded.',
    'Everyone needs to relax, it will be fine.',
    'Nothing will change until the new CFO starts in April.',
    'No one can access the shared drive until IT resets the permissions.',
    'All three options remain on the table.',
    'All the stock remains in our warehouse in Rotterdam for now.',
    'Everyone must have been busy last week.',
    'All three of us will need to leave early on Friday.',
  ])('"%s" sets no bar', (sentence) => {
    expect(itemsOf(sentence).map((e) => e.kind)).not.toContain('standard');
  });

  it.each([
    ['Engagement is up 22% and paid reach doubled.', US],
    ['Our churn dropped to 3%, and invoiced revenue hit a record.', CLIENT],
    ['Just 10% of our members paid for the premium tier.', CLIENT],
    ['About 30% of the budget went on paid social last quarter.', CLIENT],
    ['We are about 80% done with the fit-out, and invoiced milestones so far are 1 and 2.', US],
  ])('"%s" is a figure, not a term', (sentence, from) => {
    expect(itemsOf(sentence, from).map((e) => e.kind)).not.toContain('payment');
  });

  it.each([
    'We rented the same van last year for a fixed €300 a day.',
    'Our blended CPA = EUR 42.10 this quarter.',
  ])('"%s" reports a sum owed to nobody', (sentence) => {
    expect(itemsOf(sentence).map((e) => e.kind)).not.toContain('payment');
  });

  it('"Can we pay you a visit next Tuesday to see the site?" proposes a visit, not a way to pay', () => {
    expect(itemsOf('Can we pay you a visit next Tuesday to see the site?').map((e) => e.kind)).toEqual([
      'meeting',
    ]);
  });

  it('"Needs doing this week:" is no need of the writer\'s for the reader to meet', () => {
    expect(LIST_PATTERNS.writerNeeds.test('Needs doing this week:')).toBe(false);
    expect(LIST_PATTERNS.writerNeeds.test('Need-to-know for the week:')).toBe(false);
    expect(LIST_PATTERNS.writerNeeds.test('Need pricing and availability for the spring job:')).toBe(true);
  });

  it('"I will pay-by-link tomorrow." is still a payment', () => {
    expect(kinds('I will pay-by-link tomorrow.')).toEqual([['payment', 'client']]);
  });

  it('a dash before "I\'ll" that explains cuts nothing', () => {
    expect(
      itemsOf("I'll send the contract on Friday – I will make sure Legal has signed it first.", US),
    ).toHaveLength(1);
  });
});
