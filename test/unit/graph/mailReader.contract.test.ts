import { setupServer } from 'msw/node';
import { createGraphCall } from '../../../src/graph/graphClient';
import { ExactReadError, readGraphConversation } from '../../../src/graph/mailReader';
import { defaultPolicy } from '../../../src/http/faultPolicy';
import { ProviderError } from '../../../src/http/errors';
import { ThreadSchema } from '../../../src/messaging/schemas';
import * as v from 'valibot';
import { fakeTokens, fastPolicy } from '../calendar/helpers';
import { GraphMailFake, graphMessage } from './graphMailFake';

const fake = new GraphMailFake();
const server = setupServer(...fake.handlers());
/** A conversation id as Outlook writes them: base64 with '=' and '/', and a quote to escape. */
const CONVERSATION = "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAO/u+'x==";
const OTHER = 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOTHER==';

const PRIYA: [string, string] = ['Priya Raman', 'Priya.Raman@acme.com'];
const DANA: [string, string] = ['Dana Whitfield', 'dana@northwind.io'];
const TOM: [string, string] = ['Tom Becker', 'tom.becker@acme.com'];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  fake.messages = [
    // Stored out of date order on purpose: the reader sorts by sent time.
    graphMessage({
      n: 2,
      conversationId: CONVERSATION,
      from: DANA,
      to: [PRIYA],
      cc: [TOM],
      sent: '2026-11-17T15:02:00Z',
      subject: 'RE: Revised proposal',
      unique: "Hi Priya,\n\nAbsolutely. I'll send the revised proposal by Friday.\n\nDana",
      quoted:
        'From: Priya Raman <priya.raman@acme.com>\nSent: Monday, November 16, 2026 4:40 PM\nCould you send the revised proposal?',
    }),
    graphMessage({
      n: 1,
      conversationId: CONVERSATION,
      from: PRIYA,
      to: [DANA],
      cc: [TOM],
      sent: '2026-11-16T21:40:00Z',
      subject: 'Revised proposal',
      unique: 'Hi Dana, could you send over the revised proposal? The board meets on the 27th.',
    }),
    graphMessage({
      n: 3,
      conversationId: CONVERSATION,
      from: DANA,
      to: [PRIYA],
      sent: '2026-11-18T10:00:00Z',
      subject: 'RE: Revised proposal',
      unique: 'Draft not sent',
      isDraft: true,
    }),
    graphMessage({
      n: 9,
      conversationId: OTHER,
      from: TOM,
      to: [DANA],
      sent: '2026-11-18T10:00:00Z',
      subject: 'Another conversation',
      unique: 'Not part of it',
    }),
  ];
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
  fake.requests = [];
  fake.failWith = null;
  fake.acceptToken = (t) => t.length > 0;
});
afterAll(() => server.close());

function setup() {
  const sleeps: number[] = [];
  const tokens = fakeTokens();
  const call = createGraphCall(tokens, { ...defaultPolicy('Outlook'), ...fastPolicy(sleeps) });
  return { tokens, call, sleeps };
}

describe('reading an Outlook conversation exactly through Graph', () => {
  it('asks for the conversation’s messages as plain text, with only the fields it needs', async () => {
    const { call } = setup();
    await readGraphConversation(call, CONVERSATION);
    const [request] = fake.requests;
    expect(request!.prefer).toBe('outlook.body-content-type="text"');
    expect(request!.query.$filter).toBe(`conversationId eq '${CONVERSATION.replace(/'/g, "''")}'`);
    expect(request!.query.$orderby).toBeUndefined();
    expect(request!.auth).toBe('Bearer t1');
  });

  it('maps every sent message, oldest first, to the Thread the DOM adapters produce', async () => {
    const { call } = setup();
    const thread = await readGraphConversation(call, CONVERSATION);
    expect(v.safeParse(ThreadSchema, thread).success).toBe(true);
    expect(thread).toMatchObject({ host: 'outlook', id: CONVERSATION, subject: 'Revised proposal' });
    expect(thread.url).toMatch(/^https:\/\/outlook\.office365\.com\/owa\/\?ItemID=AAMkAD2/);
    expect(thread.messages).toEqual([
      {
        id: '<msg-1@mail.example>',
        from: { name: 'Priya Raman', email: 'priya.raman@acme.com' },
        to: [{ name: 'Dana Whitfield', email: 'dana@northwind.io' }],
        cc: [{ name: 'Tom Becker', email: 'tom.becker@acme.com' }],
        sentAt: '2026-11-16T21:40:00Z',
        text: 'Hi Dana, could you send over the revised proposal? The board meets on the 27th.',
        fullyRead: true,
      },
      {
        id: '<msg-2@mail.example>',
        from: { name: 'Dana Whitfield', email: 'dana@northwind.io' },
        to: [{ name: 'Priya Raman', email: 'priya.raman@acme.com' }],
        cc: [{ name: 'Tom Becker', email: 'tom.becker@acme.com' }],
        sentAt: '2026-11-17T15:02:00Z',
        // The unique body: the quoted history below it is not part of the message's words.
        text: "Hi Priya,\n\nAbsolutely. I'll send the revised proposal by Friday.\n\nDana",
        fullyRead: true,
      },
    ]);
  });

  it('follows nextLink across pages, so long conversations come whole', async () => {
    fake.messages = Array.from({ length: 120 }, (_, i) =>
      graphMessage({
        n: i + 1,
        conversationId: CONVERSATION,
        from: i % 2 ? DANA : PRIYA,
        to: [i % 2 ? PRIYA : DANA],
        sent: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
        subject: 'Weekly',
        unique: `Message ${i + 1}`,
      }),
    );
    const { call } = setup();
    const thread = await readGraphConversation(call, CONVERSATION);
    expect(thread.messages).toHaveLength(120);
    expect(thread.messages.at(-1)!.text).toBe('Message 120');
    expect(fake.requests).toHaveLength(3);
  });

  it('renews a refused token once and retries', async () => {
    const { call, tokens } = setup();
    fake.acceptToken = (t) => t !== 't1';
    const thread = await readGraphConversation(call, CONVERSATION);
    expect(thread.messages).toHaveLength(2);
    expect(tokens.renewals).toBe(1);
  });

  it('fails plainly, for the caller to fall back to the page: no messages, refusal, HTML bodies', async () => {
    const { call } = setup();
    await expect(readGraphConversation(call, 'AAQkADnothing==')).rejects.toBeInstanceOf(ExactReadError);
    fake.failWith = { status: 403, code: 'ErrorAccessDenied' };
    await expect(readGraphConversation(call, CONVERSATION)).rejects.toBeInstanceOf(ProviderError);
    fake.failWith = null;
    const htmlOnly = createGraphCall(fakeTokens(), { ...defaultPolicy('Outlook'), ...fastPolicy([]) });
    const withoutPrefer: typeof htmlOnly = (path, send) => htmlOnly(path, send, {});
    await expect(readGraphConversation(withoutPrefer, CONVERSATION)).rejects.toBeInstanceOf(ExactReadError);
  });
});
