// @vitest-environment happy-dom
/**
 * The host adapters' contract: one conversation, rendered by Gmail and by Outlook, is the
 * same Thread (people, times, texts) and so gives the same suggestions. Host ids differ
 * by design and are compared by position only.
 */
import type { Thread } from '../../../src/core';
import { extractThread } from '../../../src/extract';
import { readGmailThread } from '../../../src/mail/gmail';
import { readOutlookThread } from '../../../src/mail/outlook';
import type { GmailFixture } from '../../fixtures/gmail';
import type { OutlookFixture } from '../../fixtures/outlook';
import { loadPage } from '../gmail/loadPage';
import { FIXTURE_NOW, NEW_YORK } from '../gmail/zones';
import { loadOutlookPage } from '../outlook/loadPage';

function gmail(name: GmailFixture): Thread {
  const { document, href } = loadPage(name);
  const result = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
  if (!result.ok) throw new Error(result.reason);
  return result.thread;
}

function outlook(name: OutlookFixture): Thread {
  const { document, href } = loadOutlookPage(name);
  const result = readOutlookThread(document, { href }, FIXTURE_NOW, NEW_YORK);
  if (!result.ok) throw new Error(result.reason);
  return result.thread;
}

/**
 * What must not depend on the host: everything but ids and links. Recipients are compared
 * as the set of addresses that got the mail: Gmail's header line does not tell To from Cc
 * unless its details table is open, and names the user "me" (docs/gmail-adapter.md).
 */
function hostFree(thread: Thread) {
  return {
    subject: thread.subject,
    messages: thread.messages.map(({ from, to, cc, sentAt, text, fullyRead }) => ({
      from,
      recipients: [...to, ...cc].map((p) => p.email).sort(),
      sentAt,
      text,
      fullyRead,
    })),
  };
}

/** Suggestions with the message id replaced by the message's position in the thread. */
function suggestions(thread: Thread) {
  const position = new Map(thread.messages.map((m, i) => [m.id, i]));
  const found = extractThread({
    self: { emails: ['dana@northwind.io'], domains: ['northwind.io'] },
    timeZone: 'America/New_York',
    subject: thread.subject,
    messages: thread.messages,
  });
  return {
    expectations: found.expectations.map(({ messageId, ...rest }) => ({
      message: position.get(messageId),
      ...rest,
    })),
    signals: found.signals.map(({ messageId, ...rest }) => ({ message: position.get(messageId), ...rest })),
  };
}

describe.each([
  ['one-message.html', 'single-message.html'],
  ['quoted-replies.html', 'quoted-replies-en.html'],
] as const)('Gmail %s and Outlook %s', (gmailName, outlookName) => {
  const fromGmail = gmail(gmailName);
  const fromOutlook = outlook(outlookName);

  it('read into the same Thread: people, times and texts', () => {
    expect(hostFree(fromOutlook)).toEqual(hostFree(fromGmail));
  });

  it('tell To from Cc the same way wherever Gmail shows its details table', () => {
    const detailed = fromGmail.messages.flatMap((m, i) => (m.cc.length > 0 ? [i] : []));
    for (const i of detailed) {
      expect(fromOutlook.messages[i]!.to.map((p) => p.email)).toEqual(
        fromGmail.messages[i]!.to.map((p) => p.email),
      );
      expect(fromOutlook.messages[i]!.cc).toEqual(fromGmail.messages[i]!.cc);
    }
  });

  it('give the same suggestions', () => {
    const expected = suggestions(fromGmail);
    expect(expected.expectations.length).toBeGreaterThan(0);
    expect(suggestions(fromOutlook)).toEqual(expected);
  });

  it('say which host they came from, each with its own ids', () => {
    expect(fromGmail.host).toBe('gmail');
    expect(fromOutlook.host).toBe('outlook');
    expect(fromOutlook.messages.map((m) => m.id)).not.toEqual(fromGmail.messages.map((m) => m.id));
  });
});
