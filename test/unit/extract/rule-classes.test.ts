/**
 * The error classes of the 2 December 2026 held-out part, fixed as classes (issue 9): each rule
 * is tested on sentences written for this file, not copied from the gold set, with
 * counter-examples that must stay silent or keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { findMoney } from '../../../src/extract/money';
import { isModalHandOver } from '../../../src/extract/standards';
import { CLIENT, one, US } from './helpers';

/** A commitment model that withdraws nothing, to read the rules alone. */
const KEEP_ALL = { bias: 10, weights: {}, statusBelow: 0 };
const read = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;
const only = (text: string, from = CLIENT) => {
  const found = read(text, from);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const kinds = (text: string, from = CLIENT) => read(text, from).map((e) => `${e.kind}/${e.owner}`);

describe('standards said with a modal', () => {
  it.each([
    'Survey answers must never be stored outside the EU.',
    'The banner needs to be 300 x 250 px.',
    'The brochure has to be laminated.',
    'Invoices from your subcontractors must never be older than 30 days.',
    'Your installers need to keep the lobby doors closed at all times.',
    'Tenants need at least 72 hours of warning before the water is shut off.',
    "We'd like all the signage to match the new brand colours.",
    'We want each landing page to load in under two seconds.',
  ])('reads %j as a quality bar the reader must meet', (text) => {
    const e = only(text);
    expect(e.kind).toBe('standard');
    expect(e.owner).toBe('us');
    expect(e.due).toBeNull();
  });

  it('reads what follows a lead-in of requirements as a standard ("A few must-haves: …")', () => {
    expect(only('A few must-haves: we want plenty of shots of the venue garden.').kind).toBe('standard');
  });

  it('splits two bars joined by "and" into two items', () => {
    expect(
      kinds('Every menu must show allergens, and at least half of the dishes must be gluten-free.'),
    ).toEqual(['standard/us', 'standard/us']);
  });

  it('gives a bar no due date from its measurements ("at 8.5 x 11 in")', () => {
    expect(only('The flyer needs to be 300 dpi at 8.5 x 11 in.').due).toBeNull();
  });

  it.each([
    'We need to be careful with the budget this year.',
    'I must say the photos look wonderful.',
    'Things have to be done differently next year.',
    "We'd like the opportunity to meet your board.",
    'Rick, I need your view on which deals need to go through the board.',
    'Does this mean I do not have to read all those reports?',
    'She may need to be in Houston that week.',
    "We'll have to allow extra time on Monday.",
    'Other areas would have to be explored first.',
  ])('finds no standard in %j', (text) => {
    expect(read(text).filter((e) => e.kind === 'standard')).toEqual([]);
  });

  it('reads a hand-over owed by third persons as one, unless negated', () => {
    expect(isModalHandOver('All delegates must send their passport details before the trip.')).toBe(true);
    expect(isModalHandOver("There's no need to send the passport details.")).toBe(false);
    expect(isModalHandOver('We must send the passport details.')).toBe(false);
  });

  it('keeps a hand-over with a deadline a deadline, not a bar', () => {
    expect(only('The lease needs to be signed by Friday.').kind).not.toBe('standard');
    expect(only('The portal needs to be live by the end of June.').due).toBe('2026-06-30');
  });

  it('reads lines under a heading of requirements as standards of the reader', () => {
    const text =
      'Requirements for the stand:\n- all lighting on a separate circuit\n- two staff on the stand whenever the hall is open';
    expect(kinds(text)).toEqual(['standard/us', 'standard/us']);
  });
});

describe('prices stated by the side that sells', () => {
  it.each([
    ['The half-day workshop is €1,900 plus VAT.', 1900, 'EUR'],
    ['Our estimate for the 40 rooms is CHF 12,400.', 12400, 'CHF'],
    ['The extra camera operator adds $950 to the shoot.', 950, 'USD'],
    ['The annual licence comes to £6,300.', 6300, 'GBP'],
    ["That'd be $1,150 for both sessions.", 1150, 'USD'],
    ["That's CA$780 for the two rooms.", 780, 'CAD'],
    ['Total for the job: $2,900 including materials.', 2900, 'USD'],
  ])('reads a price from a supplier as a payment we owe (%#)', (text, value, currency) => {
    const e = only(text);
    expect(e.kind).toBe('payment');
    expect(e.owner).toBe('us');
    expect(e.amount).toEqual({ value, currency });
  });

  it('binds the client when we state the price', () => {
    expect(only('The half-day workshop is €1,900 plus VAT.', US).owner).toBe('client');
  });

  it.each([
    'Our revenue is $2m this year.',
    'The venue is 20 minutes from the station.',
    'The team is 5 people.',
  ])('finds no price in %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('does not take a budget for a price its writer is paid', () => {
    const found = read('Our budget for the launch is $5,000.');
    expect(found.filter((e) => e.owner === 'us')).toEqual([]);
  });

  it('reads Indian digit grouping ("INR 2,40,000")', () => {
    expect(findMoney('Our quote is INR 2,40,000 plus GST')[0]?.money).toEqual({
      value: 240000,
      currency: 'INR',
    });
    expect(findMoney('$1,234,567')[0]?.money).toEqual({ value: 1234567, currency: 'USD' });
  });

  it('reads "we ask for a 25% deposit" as a payment the reader owes', () => {
    const e = only('We ask for a 25% deposit to confirm the booking.');
    expect(e.kind).toBe('payment');
    expect(e.owner).toBe('us');
  });

  it('counts a claim or invoice its writer attaches as theirs to be paid', () => {
    const e = only('Please find attached Claim #7 for the fit-out, A$9,120.50, payable within 14 days.');
    expect(e.owner).toBe('us');
    expect(e.amount).toEqual({ value: 9120.5, currency: 'AUD' });
  });
});

describe("work promised by the writer's people and things on their way", () => {
  it.each([
    "Nadia's assistant will courier you the samples.",
    'Ines from Vantor (our hosting partner) will open the ports for your team next week.',
    'Floor plans are coming from our surveyor, Piet, by Friday.',
    'Revised drawings coming Wednesday.',
  ])('binds the writer for %j', (text) => {
    const e = only(text);
    expect(e.kind).toBe('deliverable');
    expect(e.owner).toBe('client');
  });

  it.each(['Tom is coming Thursday.', 'Our CEO is coming next week.', 'See you this coming Thursday.'])(
    'reads %j as news, not a hand-over',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it('keeps being somewhere for a piece of the job a commitment', () => {
    expect(only("I'll be at the hall from 7am on 14 May for the load-in.").owner).toBe('client');
    expect(read("I'll be in Lisbon on 14 May for a conference.")).toEqual([]);
  });

  it('keeps being on site to fix something a commitment', () => {
    expect(
      only('Our electrician, Bo, will be at the shop at 7:00 tomorrow to troubleshoot the tills.').owner,
    ).toBe('client');
  });
});

describe('needs and acceptances', () => {
  it('reads a need of the writer\'s named colleague, joined by "and", as its own ask', () => {
    expect(
      kinds(
        'All joints must be pressure-tested before handover, and our lead engineer Kofi needs the test logs by Wednesday.',
      ),
    ).toEqual(['standard/us', 'request/us']);
  });

  it.each([
    'Sam, yes, I can join the budget call on 9 April.',
    'Sure, we can attend the workshop on Friday.',
  ])('reads %j as accepting an invitation, proposing nothing', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('list lines that name a side', () => {
  it('matches a company named on a line inside its domain name ("North Coast" in visitnorthcoast)', () => {
    const to = [{ name: 'Liam Hart', email: 'liam@visitharbourside.com' }];
    const text = 'Next steps:\n- Harbourside to confirm the three venues by 12 May';
    const found = extractThread(one(text, { from: US, to })).expectations;
    expect(found.map((e) => `${e.kind}/${e.owner}`)).toEqual(['request/client']);
  });

  it('binds the side a line names, even when the line has a verb of its own', () => {
    const text =
      'Next steps:\n- Acme Group to confirm the venue by 12 May\n- The client will approve the script by 14 May\n- Customer to provide the logo files';
    expect(kinds(text, US)).toEqual(['request/client', 'request/client', 'request/client']);
  });

  it('reads "we need the following by …:" as asks of the reader', () => {
    const text =
      'To close the books we need the following by Friday 13 March:\n1. Bank statements for February\n2. The payroll summary';
    expect(kinds(text, US)).toEqual(['request/client', 'request/client']);
  });
});

describe('payments said as actions', () => {
  it.each([
    "I'll transfer the retainer on Monday.",
    'Our finance team will release the 30% advance by Wednesday.',
    'My partner will drop off the deposit cheque on Friday.',
  ])('reads %j as a payment by the writer', (text) => {
    const e = only(text);
    expect(e.kind).toBe('payment');
    expect(e.owner).toBe('client');
  });

  it('keeps other things sent as deliverables', () => {
    expect(only("I'll send you the first half of the chapters on the 12th.").kind).toBe('deliverable');
    expect(
      read('He asked me to e-mail his wife to check the date.').filter((e) => e.kind === 'payment'),
    ).toEqual([]);
  });
});

describe('false alarms', () => {
  it.each([
    "We'll probably have more work for you in the spring.",
    "I'll likely need another shoot next year.",
    "I'm at a trade fair Tuesday to Thursday so I'll have limited wifi.",
    "We'll review them at our board meeting the week after.",
    'Our bookkeeper will pay the second instalment a few days late, on the 22nd.',
  ])('proposes nothing for %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('leaves a negated aside after a semicolon on its own', () => {
    const found = read(
      "We'll send the floor plans by 11 May; the survey needs the engineer's notes, which we won't have until the 9th.",
    );
    expect(found.map((e) => e.due)).toEqual(['2026-05-11']);
  });

  it('does not split an apposition that restates the deadline ("comfortably before …")', () => {
    expect(
      read("We'll have the audit pack to you within 5 business days, well before the end of March."),
    ).toHaveLength(1);
  });

  it('reads a purpose clause ("so we can go through them") as no meeting offer', () => {
    expect(only("I'll bring the revised budget so we can go through it line by line.").kind).toBe(
      'deliverable',
    );
  });
});

describe('lead times and offered times', () => {
  it('reads a lead time counted from an event as the writer’s commitment with no date', () => {
    // The rule's reading: the commitment model retrained on 4 December (night) withdraws this one
    // as status, a change docs/extract.md lists among the phrasings it gets wrong.
    const text = 'Production will take about four weeks from approval of the proofs.';
    const found = extractThread(one(text, { from: CLIENT }), { commitment: KEEP_ALL }).expectations;
    expect(found.map((e) => [e.owner, e.due])).toEqual([['client', null]]);
  });
});
