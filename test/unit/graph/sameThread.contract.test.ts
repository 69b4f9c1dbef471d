// @vitest-environment happy-dom
/**
 * The same conversation read from Gmail's page (the quoted-replies fixture) and through
 * Graph (as Outlook's mailbox would return it, quoted history in `body`, the message's own
 * words in `uniqueBody`) gives the same people, instants and texts, and so the same
 * suggestions. Graph reads the collapsed first message in full; the page only its preview.
 */
import { setupServer } from 'msw/node';
import { extractThread } from '../../../src/extract';
import { createGraphCall } from '../../../src/graph/graphClient';
import { readGraphConversation } from '../../../src/graph/mailReader';
import { defaultPolicy } from '../../../src/http/faultPolicy';
import { readGmailThread } from '../../../src/mail/gmail';
import type { Thread } from '../../../src/core';
import { fakeTokens, fastPolicy } from '../calendar/helpers';
import { loadPage } from '../gmail/loadPage';
import { FIXTURE_NOW, NEW_YORK } from '../gmail/zones';
import { GraphMailFake, graphMessage } from './graphMailFake';

const CONVERSATION = 'AAQkADRevisedProposal0001==';
const PRIYA: [string, string] = ['Priya Raman', 'priya.raman@acme.com'];
const DANA: [string, string] = ['Dana Whitfield', 'dana@northwind.io'];
const TOM: [string, string] = ['Tom Becker', 'tom.becker@acme.com'];
const LEO: [string, string] = ['Leo Park', 'leo@northwind.io'];
const quote = (who: string, words: string) =>
  `From: ${who}\nSent: Monday, November 16, 2026 4:40 PM\n\n${words}`;

const fake = new GraphMailFake();
const server = setupServer(...fake.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

fake.messages = [
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
    n: 2,
    conversationId: CONVERSATION,
    from: DANA,
    to: [PRIYA],
    cc: [TOM],
    sent: '2026-11-17T15:02:00Z',
    subject: 'Re: Revised proposal',
    unique:
      "Hi Priya,\n\nAbsolutely. I'll send the revised proposal by Friday, with the phased budget.\n\nDana",
    quoted: quote('Priya Raman', 'Hi Dana, could you send over the revised proposal?'),
  }),
  graphMessage({
    n: 3,
    conversationId: CONVERSATION,
    from: TOM,
    to: [DANA],
    cc: [PRIYA],
    sent: '2026-11-17T18:30:00Z',
    subject: 'Re: Revised proposal',
    unique: 'Thanks Dana. For the invoice: payment is due net 30, and please quote PO 7781 on it.',
    quoted: quote('Dana Whitfield', "I'll send the revised proposal by Friday."),
  }),
  graphMessage({
    n: 4,
    conversationId: CONVERSATION,
    from: PRIYA,
    to: [DANA],
    cc: [TOM, LEO],
    sent: '2026-11-18T13:05:00Z',
    subject: 'Re: Revised proposal',
    unique: 'Perfect, Friday works. Could you share the logo files by Thursday as well?',
    quoted: quote('Tom Becker', 'payment is due net 30'),
  }),
];

const people = (t: Thread) =>
  t.messages.map((m) => ({
    from: m.from.email,
    to: m.to.map((p) => p.email),
    cc: m.cc.map((p) => p.email),
    at: Date.parse(m.sentAt),
  }));
const suggestions = (t: Thread) =>
  extractThread({
    self: { emails: ['dana@northwind.io'], domains: ['northwind.io'] },
    timeZone: 'America/New_York',
    subject: t.subject,
    messages: t.messages,
  }).expectations.map(({ kind, owner, text, due, amount }) => ({ kind, owner, text, due, amount }));

describe('one conversation, read from Gmail’s page and through Graph', () => {
  let page: { thread: Thread };
  let graph: Thread;
  beforeAll(async () => {
    const { document, href } = loadPage('quoted-replies.html');
    const read = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    if (!read.ok) throw new Error(read.reason);
    page = read;
    const call = createGraphCall(fakeTokens(), { ...defaultPolicy('Outlook'), ...fastPolicy([]) });
    graph = await readGraphConversation(call, CONVERSATION);
  });

  it('has the same messages, senders, instants and texts', () => {
    expect(graph.messages.map((m) => m.text)).toEqual(page.thread.messages.map((m) => m.text));
    // The page shows the collapsed first message's recipients only in its expanded header.
    expect(people(graph).slice(1)).toEqual(people(page.thread).slice(1));
    expect(people(graph)[0]!.from).toBe(people(page.thread)[0]!.from);
    expect(people(graph)[0]!.at).toBe(people(page.thread)[0]!.at);
  });

  it('reads in full what the page shows collapsed', () => {
    expect(page.thread.messages[0]!.fullyRead).toBe(false);
    expect(graph.messages.every((m) => m.fullyRead)).toBe(true);
  });

  it('gives the same suggestions', () => {
    const fromPage = suggestions(page.thread);
    expect(fromPage.length).toBeGreaterThan(1);
    expect(suggestions(graph)).toEqual(fromPage);
  });
});
