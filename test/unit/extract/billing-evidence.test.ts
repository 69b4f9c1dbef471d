/**
 * Who bills whom, read from how plainly a message says it (payee.ts): invoices, asks for payment
 * and "we pay within" are strong evidence; a price stated with a copula is weak, since buyers
 * restate prices as often as sellers. Sentences written for these tests, not taken from the gold set.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { classify } from '../../../src/extract/classify';
import { billingIn, payeeIn } from '../../../src/extract/payee';
import { CLIENT, message, thread, US } from './helpers';

const FROM_CLIENT = { writer: 'client', reader: 'us' } as const;
const FROM_US = { writer: 'us', reader: 'client' } as const;

describe('a bill sent', () => {
  it("is the writer's side's when it says it will send it, whoever on that side sends", () => {
    for (const text of [
      'Our AV partner will send you a quote for the staging by Friday.',
      'Jonas in sales will email you the quotation tomorrow.',
      "I'll send you the invoice once the crates are delivered.",
      'Let me send the invoice for March across this afternoon.',
      "We'll issue the invoice at the end of the month.",
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBe('client');
  });

  it("is the reader's when the writer asks for it or calls it theirs", () => {
    for (const text of [
      'Could you send us a quote for 300 branded mugs?',
      'Please email the invoice to accounts@example.com.',
      "You'll send the final invoice after the handover.",
      "We'll forward your invoice to our finance team today.",
      'Send over your estimate when you can.',
    ])
      expect(payeeIn(text, FROM_US), text).toBe('client');
  });
});

describe('asks to pay and promises to pay', () => {
  it('an ask for payment makes the writer the payee', () => {
    for (const text of [
      'Could you please arrange payment this week?',
      'Kindly settle the outstanding amount by Friday.',
      'Can you transfer the deposit before we order the stone?',
      'Please remit to the account below.',
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBe('client');
  });

  it("the writer's side paying makes the reader the payee", () => {
    for (const text of [
      'We pay within 30 days of receipt.',
      'Our accounts team pays on the 15th of each month.',
      "I'll pay the deposit by card on Monday.",
      'Could we pay in two instalments?',
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBe('us');
  });

  it('says nothing about billing when paying only means attending, or details are asked for', () => {
    for (const text of [
      'Please pay attention to the bleed on the cover.',
      'Could you send your payment details so the transfer goes to the right account?',
      'We were charged twice by the courier last month.',
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBeNull();
  });

  it('the writer billing as a habit counts: "I bill through my company", "we charge by the hour"', () => {
    expect(payeeIn('I bill through my limited company, so VAT applies.', FROM_CLIENT)).toBe('client');
    expect(payeeIn('We charge $85 an hour for site visits.', FROM_CLIENT)).toBe('client');
    expect(payeeIn('We invoice monthly in arrears.', FROM_US)).toBe('us');
  });
});

describe('a price stated with a copula', () => {
  it('is weak evidence: it names the writer, but not outright', () => {
    expect(billingIn('The hire fee for the 14th is €5,600 plus VAT.', FROM_CLIENT)).toEqual({
      side: 'client',
      strong: false,
    });
    expect(billingIn('Your usual rate applies.', FROM_US)).toEqual({ side: 'client', strong: false });
    expect(payeeIn('The hire fee for the 14th is €5,600 plus VAT.', FROM_CLIENT)).toBeNull();
  });

  it('a supplier stating its fee alone makes the user pay', () => {
    const t = thread([
      message('The hire fee for the 14th is €5,600 plus VAT. A deposit of 25% is due on booking.', {
        from: CLIENT,
        to: [US],
      }),
    ]);
    expect(extractThread(t).expectations.map((e) => e.owner)).toEqual(['us', 'us']);
  });

  it('a buyer restating the fee pays it when the thread shows the user invoicing', () => {
    const t = thread([
      message('Welcome aboard! The fee is $6,200, paid in two parts: on signing and on delivery.', {
        id: 'm1',
        from: CLIENT,
        to: [US],
      }),
      message("Thank you! I'll send you my invoice for the first part today.", {
        id: 'm2',
        from: US,
        to: [CLIENT],
      }),
    ]);
    const fee = extractThread(t).expectations.find((e) => e.messageId === 'm1');
    expect(fee).toMatchObject({ kind: 'payment', owner: 'client' });
  });

  it('the user pays a price the supplier states when the user asked for a quote', () => {
    const t = thread([
      message('Could you send us a quote for the event tent?', { id: 'm1', from: US, to: [CLIENT] }),
      message('Happy to. The total is $2,150, and we need a deposit of $500 to hold the date.', {
        id: 'm2',
        from: CLIENT,
        to: [US],
      }),
    ]);
    const total = extractThread(t).expectations.find((e) => e.messageId === 'm2');
    expect(total).toMatchObject({ kind: 'payment', owner: 'us' });
  });

  it("a supplier's invoice announced on a thread is paid by the user", () => {
    const t = thread([
      message('Great, we start Monday.', { id: 'm1', from: US, to: [CLIENT] }),
      message('Noted. I will send the first invoice on March 20 for the first two weeks.', {
        id: 'm2',
        from: CLIENT,
        to: [US],
      }),
    ]);
    expect(extractThread(t).expectations).toMatchObject([
      { kind: 'payment', owner: 'us', due: '2026-03-20' },
    ]);
  });
});

describe('quotes, proposals and orders', () => {
  it('a proposal, pro forma or offer attached or below is the writer billing', () => {
    for (const text of [
      'Proposal attached; the headlines are below.',
      'Please find the PI attached.',
      'Please find our offer below.',
      'Attached is the pro forma for the first shipment.',
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBe('client');
  });

  it("the writer's side ordering or wiring money makes the reader the payee", () => {
    for (const text of [
      "We're ready to place a first order for 4,000 units.",
      'Our purchase order number is 88-1204.',
      'PO to follow from our purchasing team next week.',
      'Our finance team will wire the 30% deposit on Thursday.',
      "We'll transfer the balance once the pallets arrive.",
    ])
      expect(payeeIn(text, FROM_CLIENT), text).toBe('us');
  });

  it('a line that labels a price is weak evidence of the writer billing, unless it is a budget or a target', () => {
    expect(
      billingIn('Summary:\n- Room hire (3 days): EUR 42.000\n- AV: quoted separately', FROM_CLIENT),
    ).toEqual({
      side: 'client',
      strong: false,
    });
    expect(billingIn('Main terms:\n- Hall hire (2 days): $9,400\n- Parking: included', FROM_CLIENT)).toEqual({
      side: 'client',
      strong: false,
    });
    expect(billingIn('Catering: $38 per head, minimum 120 guests', FROM_CLIENT)).toEqual({
      side: 'client',
      strong: false,
    });
    expect(billingIn('Budget: $12,000 all in', FROM_CLIENT)).toBeNull();
    expect(billingIn('- Amount paid so far: $1,200', FROM_CLIENT)).toBeNull();
  });

  it("a venue's summary of terms, with no word of billing, is paid by the user", () => {
    const text =
      'Thanks for choosing us. Main terms:\n\n- Hall hire (2 days): EUR 18.500\n- Coffee breaks: EUR 9 per person\n\nPayment schedule:\n- 30% on signature\n- balance 14 days before the event';
    const owners = extractThread(thread([message(text, { from: CLIENT, to: [US] })])).expectations.map(
      (e) => e.owner,
    );
    expect(owners.length).toBeGreaterThan(1);
    expect(new Set(owners)).toEqual(new Set(['us']));
  });
});

describe('a price the writer offers', () => {
  it('is paid by the other side, not the writer', () => {
    for (const text of [
      'I can do the whole job for a flat fee of $2,400.',
      "We'll do both days for a total of €7,850.",
      'For a 12-month contract we can go down to £640 a month.',
    ])
      expect(classify(text, true, false), text).toMatchObject({ frame: 'payer', kind: 'payment' });
  });

  it("stays the writer's when the writer pays, wires, refunds or credits", () => {
    for (const text of [
      "I'll pay the $850 deposit on Friday.",
      "We'll wire the $3,000 balance tomorrow.",
      "We'll refund the $120 booking fee.",
      "We'll apply a credit of $90 to your next invoice.",
    ])
      expect(classify(text, true, false), text).toMatchObject({ frame: 'commit', kind: 'payment' });
  });
});
