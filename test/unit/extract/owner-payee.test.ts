/** Item 3 of issue 9: owner follows the writer's side, the grammar, and who bills whom. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { payeeIn } from '../../../src/extract/payee';
import { CLIENT, message, one, thread, US } from './helpers';

const CONTRACTOR = { name: 'Marco Ferri', email: 'marco.ferri.design@gmail.com' };
const only = (text: string, from = CLIENT) => {
  const { expectations } = extractThread(one(text, { from }));
  expect(expectations).toHaveLength(1);
  return expectations[0]!;
};

describe("the writer's side", () => {
  it('binds the client for the client\'s own "we" and "our team"', () => {
    expect(only('On our end, we will send over the signed SOW by Wednesday.')).toMatchObject({
      owner: 'client',
      kind: 'deliverable',
      due: '2026-03-04',
    });
    expect(only('Our finance team will pay the invoice on the 10th.')).toMatchObject({
      owner: 'client',
      kind: 'payment',
      due: '2026-03-10',
    });
  });

  it('binds the side that mentions a third party', () => {
    const t = thread([
      message('Adding Leo, who will review the files tomorrow.', {
        from: US,
        to: [CONTRACTOR, { name: 'Leo Park', email: 'leo@northwind.io' }],
      }),
    ]);
    expect(extractThread(t).expectations).toMatchObject([{ owner: 'us', due: '2026-03-03' }]);
    // Owner only: whether the model keeps this third party's act is not what is tested here.
    const keepAll = { bias: 10, weights: {}, statusBelow: 0 };
    const passed = "I've passed it to Gary at TechNest, who will patch the server tonight.";
    expect(extractThread(one(passed), { commitment: keepAll }).expectations).toMatchObject([
      { owner: 'client' },
    ]);
  });
});

describe('payments', () => {
  it("makes the user pay a contractor's invoice", () => {
    expect(only('My invoice for €1,800 follows, payable within 14 days.', CONTRACTOR)).toMatchObject({
      owner: 'us',
      kind: 'payment',
      amount: { value: 1800, currency: 'EUR' },
      due: '2026-03-16',
    });
    expect(only('Invoice 0042 for $950 is attached, net 15.', CONTRACTOR)).toMatchObject({ owner: 'us' });
  });

  it("makes the client pay the user's invoice and their own stated terms", () => {
    expect(only('Our invoice for $18,000 is attached, payable net 30.', US)).toMatchObject({
      owner: 'client',
    });
    expect(only('Payment is due net 30.')).toMatchObject({ owner: 'client', due: '2026-04-01' });
    expect(only('Our firm pays invoices within 60 days of receipt.')).toMatchObject({
      owner: 'client',
      kind: 'payment',
    });
  });

  // Third round of 7 December 2026: a payer's own terms said of its institution or as its policy.
  it.each([
    'Please invoice against the PO number; the University pays within 30 days of a valid invoice.',
    'Our corporate policy is payment at 60 days for all suppliers.',
    'On payment, our standard is 45 days from receipt of a correct invoice.',
    'Just so you know, the Trust pays within 30 days of receipt.',
  ])('"%s" is a payment the writer makes, with no day', (text) => {
    const payments = extractThread(one(text)).expectations.filter((e) => e.kind === 'payment');
    expect(payments.map((e) => [e.owner, e.due])).toEqual([['client', null]]);
  });

  it('leaves "our terms are 30 days", which the side paid says as often, to the payee', () => {
    expect(only('Our terms are 30 days from invoice.', US)).toMatchObject({
      kind: 'payment',
      owner: 'client',
    });
  });

  it('reads who bills from the rest of the thread when the message does not say', () => {
    const t = thread([
      message('Could you send us a quote for 500 mugs?', { id: 'm1', from: US, to: [CLIENT] }),
      message('The total comes to $2,150, due before dispatch.', { id: 'm2', from: CLIENT, to: [US] }),
    ]);
    expect(extractThread(t).expectations.find((e) => e.messageId === 'm2')).toMatchObject({
      owner: 'us',
      kind: 'payment',
    });
  });

  it('announcing an invoice is a payment the reader owes', () => {
    expect(only("I'll send the deposit invoice today.", US)).toMatchObject({
      owner: 'client',
      kind: 'payment',
    });
  });

  // 6 December 2026, afternoon: a builder bills by payment applications and progress claims.
  it("reads the writer's pay apps and progress claims as the writer's bills", () => {
    const sides = { writer: 'client', reader: 'us' } as const;
    expect(payeeIn('Our pay apps go in on the 25th of each month.', sides)).toBe('client');
    expect(payeeIn('Our progress claims go in at month end, payment 30 days from claim.', sides)).toBe(
      'client',
    );
    expect(
      only('Our pay apps go in on the 25th of each month, with payment net 30 after approval.', CONTRACTOR),
    ).toMatchObject({ owner: 'us', kind: 'payment' });
  });

  it('names the billing side from either point of view (property)', () => {
    const sides = fc.constantFrom(
      { writer: 'us', reader: 'client' } as const,
      {
        writer: 'client',
        reader: 'us',
      } as const,
    );
    fc.assert(
      fc.property(sides, fc.integer({ min: 1, max: 99_999 }), (s, n) => {
        expect(payeeIn(`My invoice for $${n} is attached.`, s)).toBe(s.writer);
        expect(payeeIn(`We received your invoice for $${n}.`, s)).toBe(s.reader);
        expect(payeeIn(`Thanks, see you on the ${(n % 28) + 1}th.`, s)).toBeNull();
      }),
    );
  });
});

describe('currency of a bare "$"', () => {
  it("follows the writer's country", () => {
    const au = { name: 'Tom', email: 'tom@beanandbarrow.com.au' };
    expect(only("I'll pay the first month ($850) this Friday.", au).amount).toEqual({
      value: 850,
      currency: 'AUD',
    });
    expect(only("I'll pay the first month ($850) this Friday.").amount).toEqual({
      value: 850,
      currency: 'USD',
    });
  });
});
