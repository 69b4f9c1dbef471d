import type { LedgerItem } from '../../../src/core';
import { buildFollowUp } from '../../../src/recap/followUpText';
import { draftFollowUp, type ReplyComposer } from '../../../src/content/draftFollowUp';

const late: LedgerItem = {
  id: 'i1',
  clientId: 'c1',
  kind: 'payment',
  owner: 'client',
  text: 'Pay the deposit.',
  due: '2026-11-20',
  amount: { value: 5000, currency: 'USD' },
  status: 'confirmed',
  source: {
    host: 'gmail',
    threadId: 't1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t1',
    messageId: 'm1',
    quote: 'We will pay the   deposit\nby Nov 20.',
    start: 0,
    end: 37,
    sentAt: '2026-11-03T15:00:00.000Z',
  },
  createdAt: '2026-11-03T16:00:00.000Z',
  updatedAt: '2026-11-03T16:00:00.000Z',
  history: [],
};

describe('the follow-up text', () => {
  it('names the item, its agreed date and the email it was agreed in, politely, signed by the user', () => {
    const text = buildFollowUp({
      greetingName: 'Priya',
      ourName: 'Dana Whitfield',
      item: late,
      locale: 'en-US',
    });
    expect(text.split('\n')).toEqual([
      'Hi Priya,',
      '',
      'I hope all is well. A gentle reminder about “Pay the deposit” ($5,000.00), which we agreed for Fri, Nov 20, 2026.',
      'In your email of Tue, Nov 3, 2026 you wrote: “We will pay the deposit by Nov 20.”',
      '',
      'Could you let me know where this stands, or when we can expect it?',
      '',
      'Thank you,',
      'Dana Whitfield',
    ]);
  });

  it('stays sensible with no name, no amount, no source, and a very long quote', () => {
    const bare = buildFollowUp({
      greetingName: null,
      ourName: null,
      item: { ...late, amount: null, source: null },
      locale: 'en-US',
    });
    expect(bare).toMatch(/^Hi there,/);
    expect(bare).not.toMatch(/In your email/);
    expect(bare.trimEnd().endsWith('Thank you,')).toBe(true);
    const long = buildFollowUp({
      greetingName: 'Priya',
      ourName: 'Dana',
      item: { ...late, source: { ...late.source!, quote: 'x'.repeat(1000) } },
    });
    expect(long).toMatch(/x{200,}…”/);
    expect(long.length).toBeLessThan(700);
  });
});

describe('drafting it through a host’s reply compose', () => {
  const composer = (result: Awaited<ReturnType<ReplyComposer['openReplyWithText']>>) => {
    const texts: string[] = [];
    const c: ReplyComposer = {
      openReplyWithText: async (text) => (texts.push(text), result),
      accountName: () => 'Dana Whitfield',
    };
    return { c, texts };
  };
  const client = {
    key: 'domain:acme.com',
    client: null,
    name: 'Acme',
    people: [{ name: 'Priya Raman', email: 'p@acme.com' }],
  } as never;

  it('greets the client’s first person and writes the text into the reply', async () => {
    const { c, texts } = composer({ ok: true });
    await draftFollowUp(client, late, c);
    expect(texts[0]).toMatch(/^Hi Priya,[\s\S]*Dana Whitfield$/);
  });

  it('throws the host’s reason when the reply could not be written', async () => {
    const { c } = composer({ ok: false, reason: 'No Reply button.' });
    await expect(draftFollowUp(client, late, c)).rejects.toThrow('No Reply button.');
  });
});
