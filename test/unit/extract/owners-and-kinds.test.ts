import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { isOurs, sidesOf } from '../../../src/extract/owner';
import { CLIENT, one, US } from './helpers';

const only = (text: string, from = CLIENT) => {
  const { expectations } = extractThread(one(text, { from }));
  expect(expectations).toHaveLength(1);
  return expectations[0]!;
};

describe('owners', () => {
  it('counts an address or a (sub)domain of ours as ours', () => {
    const self = { emails: ['dana@gmail.com'], domains: ['northwind.io'] };
    expect(isOurs({ name: '', email: 'Dana@Gmail.com' }, self)).toBe(true);
    expect(isOurs({ name: '', email: 'ops@mail.northwind.io' }, self)).toBe(true);
    expect(isOurs({ name: '', email: 'sam@acme.com' }, self)).toBe(false);
    expect(isOurs({ name: '', email: 'x@notnorthwind.io' }, self)).toBe(false);
  });

  it('treats a message among our own people as internal', () => {
    const self = { emails: [], domains: ['northwind.io'] };
    const colleague = { name: 'Ari', email: 'ari@northwind.io' };
    expect(sidesOf(US, [colleague], [], self)).toEqual({ writer: 'us', reader: 'us' });
    expect(sidesOf(US, [CLIENT], [colleague], self)).toEqual({ writer: 'us', reader: 'client' });
  });

  it('binds the writer of a commitment', () => {
    expect(only("I'll send the signed SOW by Friday.").owner).toBe('client');
    expect(only("I'll send the deck Monday.", US).owner).toBe('us');
  });

  it('binds the reader of a recap of what they agreed to deliver', () => {
    expect(only("You'll send the revised proposal by Friday, including the timeline.")).toMatchObject({
      owner: 'us',
      kind: 'deliverable',
    });
  });

  it('binds the reader of a request', () => {
    expect(only('Could you share the logo files by Thursday?')).toMatchObject({
      owner: 'us',
      kind: 'request',
    });
    expect(only('Please sign and return the MSA today.', US)).toMatchObject({
      owner: 'client',
      kind: 'request',
    });
  });

  it('binds us when the client writes "we need X from you"', () => {
    expect(only('We need the brand guidelines from you before March 20.')).toMatchObject({
      owner: 'us',
      due: '2026-03-20',
    });
  });

  it('binds the client for a payment stated without a subject, whoever writes it', () => {
    expect(only('Payment of $5,000 is due net 30.', US)).toMatchObject({ owner: 'client', kind: 'payment' });
    expect(only('The invoice for $3,200 is due March 31.')).toMatchObject({
      owner: 'client',
      kind: 'payment',
    });
  });
});

describe('kinds', () => {
  it.each([
    ["I'll send the deck Monday.", 'deliverable'],
    ['Please resend it today.', 'request'],
    ['The fee is £18,000, payable in two instalments.', 'payment'],
    ['Can you hop on a call Thursday at 2pm?', 'meeting'],
    ['All deliverables must meet WCAG 2.1 AA.', 'standard'],
    ['Does Tuesday at 10 work for you?', 'meeting'],
  ])('classifies "%s" as %s', (text, kind) => {
    expect(only(text).kind).toBe(kind);
  });

  it('keeps payment terms and recurrence', () => {
    expect(only('The retainer is $6,000 per month, payable net 15.')).toMatchObject({
      amount: { value: 6000, currency: 'USD' },
      terms: 'net 15',
      recurrence: { freq: 'monthly', interval: 1 },
    });
    expect(only("I'll send you a status report every Friday.", US).recurrence).toEqual({
      freq: 'weekly',
      interval: 1,
      byWeekday: ['FR'],
    });
  });

  it('splits one sentence holding two obligations', () => {
    const { expectations } = extractThread(
      one("I'll send the SOW tomorrow, and could you share the logo files by Thursday?"),
    );
    expect(expectations.map((e) => [e.owner, e.due])).toEqual([
      ['client', '2026-03-03'],
      ['us', '2026-03-05'],
    ]);
  });
});
