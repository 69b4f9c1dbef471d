/**
 * Issue 9, item 3 (owner): one payer per thread (threadPayer.ts), and a signed bill sent back as
 * the buyer's acceptance, not a bill (payee.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SuggestedExpectation } from '../../../src/core/expectation';
import { extractThread } from '../../../src/extract/index';
import { payeeIn } from '../../../src/extract/payee';
import { ThreadPayments } from '../../../src/extract/threadPayer';
import { CLIENT, message, thread, US } from './helpers';

const payment = (messageId: string, owner: 'us' | 'client'): SuggestedExpectation => ({
  messageId,
  kind: 'payment',
  owner,
  text: 'x',
  start: 0,
  end: 1,
  due: null,
  amount: null,
  confidence: 0.8,
});

/** The payment's message names its payee itself, or names none. */
const yes = () => 'client' as const;
const no = () => null;

describe('ThreadPayments.align', () => {
  it("gives a payment found from the thread's evidence the side most payments name", () => {
    const p = new ThreadPayments();
    const [a, b, c] = [payment('m1', 'client'), payment('m2', 'client'), payment('m3', 'us')];
    p.note(a, 'commit', no);
    p.note(b, 'payer', yes);
    p.note(c, 'payer', no);
    p.align([a, b, c]);
    expect([a.owner, b.owner, c.owner]).toEqual(['client', 'client', 'client']);
  });

  it('changes nothing on a tie or with a single payment', () => {
    const p = new ThreadPayments();
    const [a, b] = [payment('m1', 'client'), payment('m2', 'us')];
    p.note(a, 'payer', yes);
    p.note(b, 'payer', no);
    p.align([a, b]);
    expect(b.owner).toBe('us');
    const lone = payment('m1', 'us');
    p.note(lone, 'payer', no);
    p.align([lone]);
    expect(lone.owner).toBe('us');
  });

  it("lets a message's own evidence stand unless three or more payments elsewhere outvote it three to one", () => {
    const p = new ThreadPayments();
    const own = payment('m4', 'us');
    const others = ['m1', 'm2', 'm3'].map((id) => payment(id, 'client'));
    p.note(own, 'payer', yes);
    for (const o of others) p.note(o, 'payer', yes);
    p.align([...others, own]);
    expect(own.owner).toBe('client');

    const q = new ThreadPayments();
    const kept = payment('m3', 'us');
    const two = ['m1', 'm2'].map((id) => payment(id, 'client'));
    q.note(kept, 'payer', yes);
    for (const o of two) q.note(o, 'payer', yes);
    q.align([...two, kept]);
    expect(kept.owner).toBe('us');
  });

  it('leaves asks about money and a paying act of its own alone', () => {
    const p = new ThreadPayments();
    const ask = payment('m1', 'us');
    const act = payment('m2', 'us');
    const rest = ['m3', 'm4', 'm5'].map((id) => payment(id, 'client'));
    p.note(ask, 'request', no);
    p.note(act, 'commit', no);
    for (const o of rest) p.note(o, 'payer', no);
    p.align([ask, act, ...rest]);
    expect([ask.owner, act.owner]).toEqual(['us', 'us']);
  });

  it('counts only what is still a payment', () => {
    const p = new ThreadPayments();
    const line = payment('m1', 'us');
    const [a, b] = [payment('m2', 'client'), payment('m2', 'us')];
    p.note(line, 'heading', no);
    p.note(a, 'payer', no);
    p.note(b, 'payer', no);
    line.kind = 'request';
    p.align([line, a, b]);
    // Without the line, the two payments tie: nothing moves.
    expect([line.owner, a.owner, b.owner]).toEqual(['us', 'client', 'us']);
  });
});

describe('a signed bill sent back', () => {
  const fromUs = { writer: 'us', reader: 'client' } as const;

  it('shows no one billing', () => {
    expect(payeeIn('Omar to send the signed proposal and PO by Wednesday.', fromUs)).toBeNull();
    expect(payeeIn('Could you send the countersigned quote back by Friday?', fromUs)).toBeNull();
  });

  it('still reads an unsigned bill sent', () => {
    expect(payeeIn("I'll send the updated proposal tonight.", fromUs)).toBe('us');
  });
});

describe('a recap after the quote', () => {
  // The user (an AV integrator) quoted with priced lines, then recaps the call. The recap's
  // deposit and warranty are the client's to pay, like every sum in the quote.
  const quote = message(
    [
      'Hi Rita,',
      '',
      'Here is our quote for the three rooms:',
      '- Boardroom – $48,200.00',
      '- Huddle rooms (x2) – $19,640.00',
      '- Programming and training – $7,300.00',
      '',
      'Terms: 50% deposit on signing, 50% on completion.',
      '',
      'Dana',
    ].join('\n'),
    { id: 'm1', from: US, to: [CLIENT] },
  );
  const recap = message(
    [
      'Rita, Sam – thanks for the call today.',
      '',
      'To recap what we agreed:',
      '- Deposit reduced to 30% ($22,542.00), due on signing',
      '- Extended warranty added at $4,100',
      '- Sam to send the signed proposal and PO by Friday March 6',
      '- Programming and testing in the week of March 23',
      '',
      'Dana',
    ].join('\n'),
    { id: 'm2', from: US, to: [CLIENT, { name: 'Rita Gomez', email: 'rita@acme.com' }] },
  );

  it("makes the client pay the recap's sums and leaves the work ours", () => {
    const items = extractThread(thread([quote, recap])).expectations.filter((e) => e.messageId === 'm2');
    const byText = (s: string) => items.find((e) => e.text.includes(s));
    expect(byText('Deposit reduced')).toMatchObject({ kind: 'payment', owner: 'client' });
    expect(byText('warranty')).toMatchObject({ kind: 'payment', owner: 'client' });
    expect(byText('Sam to send')).toMatchObject({ owner: 'client' });
    expect(byText('Programming and testing')).toMatchObject({ owner: 'us' });
  });
});
