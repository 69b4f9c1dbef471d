import type { Thread } from '../../../src/core';
import { createExactReader } from '../../../src/content/exactReading';
import { DEFAULT_SETTINGS } from '../../../src/ledger/settings';
import type { HostAdapter } from '../../../src/mail/adapter';
import { gmailAdapter } from '../../../src/mail/gmail/adapter';

const doc = {} as Document;
const message = (id: string, text: string) => ({
  id,
  from: { name: 'Priya', email: 'priya@acme.com' },
  to: [],
  cc: [],
  sentAt: '2026-11-17T14:15:00Z',
  text,
  fullyRead: false,
});
const fromPage: Thread = {
  host: 'outlook',
  id: 'dom-id',
  url: 'https://outlook.office.com/mail/',
  subject: 'Kickoff',
  messages: [message('m1', 'snippet only')],
};
const fromGraph: Thread = {
  ...fromPage,
  id: 'AAQk==',
  messages: [{ ...message('<m1@x>', 'whole text'), fullyRead: true }],
};

function fakeSend(options: { enabled: boolean; answer: Thread | null | Error }) {
  const sent: string[] = [];
  const send = (async (type: string) => {
    sent.push(type);
    if (type === 'settings.get') return { ...DEFAULT_SETTINGS, outlookExactReading: options.enabled };
    if (options.answer instanceof Error) throw options.answer;
    return options.answer;
  }) as never;
  return { send, sent };
}

const withConversation = (id: string | null): HostAdapter => ({ ...gmailAdapter, conversationId: () => id });

describe('the content side of exact reading', () => {
  it('uses the Graph thread when the setting is on and the host names the conversation', async () => {
    const { send, sent } = fakeSend({ enabled: true, answer: fromGraph });
    const reader = createExactReader(withConversation('AAQk=='), doc, send);
    expect(await reader.prefer(fromPage)).toBe(fromGraph);
    expect(sent).toEqual(['settings.get', 'mail.readConversation']);
    // The same page again: no second trip to Graph.
    expect(await reader.prefer(fromPage)).toBe(fromGraph);
    expect(sent).toHaveLength(2);
    // A new message in the page: read again.
    await reader.prefer({ ...fromPage, messages: [...fromPage.messages, message('m2', 'new')] });
    expect(sent).toHaveLength(4);
  });

  it('reads the page when the setting is off, the host has no conversation id, or the worker fails', async () => {
    const off = fakeSend({ enabled: false, answer: fromGraph });
    expect(await createExactReader(withConversation('AAQk=='), doc, off.send).prefer(fromPage)).toBe(
      fromPage,
    );
    expect(off.sent).toEqual(['settings.get']);

    const gmail = fakeSend({ enabled: true, answer: fromGraph });
    expect(await createExactReader(gmailAdapter, doc, gmail.send).prefer(fromPage)).toBe(fromPage);
    expect(await createExactReader(withConversation(null), doc, gmail.send).prefer(fromPage)).toBe(fromPage);
    expect(gmail.sent).toEqual([]);

    const none = fakeSend({ enabled: true, answer: null });
    expect(await createExactReader(withConversation('AAQk=='), doc, none.send).prefer(fromPage)).toBe(
      fromPage,
    );
    const broken = fakeSend({ enabled: true, answer: new Error('worker gone') });
    expect(await createExactReader(withConversation('AAQk=='), doc, broken.send).prefer(fromPage)).toBe(
      fromPage,
    );
  });
});
