// @vitest-environment happy-dom
/**
 * Gmail's page where it contradicts the adapter's first assumptions (checked 2026-12 against
 * InboxSDK and the research in host-dom.md), each shown by a generated fixture.
 */
import { gmailRoute, parseGmailRoute, readGmailThread } from '../../../src/mail/gmail';
import { findReplyButton } from '../../../src/mail/gmail/compose';
import { derivedRowId, stableId, threadIdFrom } from '../../../src/mail/gmail/ids';
import { readSender } from '../../../src/mail/gmail/people';
import type { GmailFixture } from '../../fixtures/gmail';
import { loadPage } from './loadPage';
import { FIXTURE_NOW, NEW_YORK } from './zones';

function read(document: Document, href: string) {
  const result = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
  if (!result.ok) throw new Error(`expected a thread, got: ${result.reason}`);
  return result;
}

const readFixture = (name: GmailFixture) => {
  const { document, href } = loadPage(name);
  return { document, href, ...read(document, href) };
};

describe('data-thread-perm-id missing or "undefined"', () => {
  it('never takes "undefined" as the thread id: the route’s thread token stands in', () => {
    const { thread, href } = readFixture('perm-id-undefined.html');
    expect(thread.id).toBe('FMfcgzQXJWFbWnXrKtPqLsDvHmZcJgTw');
    expect(thread.id).toBe((parseGmailRoute(href) as { threadId: string }).threadId);
    expect(thread.url).not.toContain('undefined');
  });

  it('reads the same thread id whether the perm id is missing, "undefined" or well formed, when the legacy id is there', () => {
    const { document, href } = loadPage('one-message.html');
    const heading = document.querySelector('h2.hP')!;
    const expected = read(document, href).thread.id;
    heading.setAttribute('data-thread-perm-id', 'undefined');
    expect(read(document, href).thread.id).toBe(expected);
    heading.removeAttribute('data-thread-perm-id');
    expect(read(document, href).thread.id).toBe(expected);
  });

  it('converts only a well-formed permanent id, and nothing that is not an id', () => {
    expect(threadIdFrom(null, 'thread-f:1816050412345678901')).toBe(
      BigInt('1816050412345678901').toString(16),
    );
    expect(threadIdFrom(null, 'undefined')).toBeNull();
    expect(threadIdFrom(null, '')).toBeNull();
    expect(threadIdFrom(null, null)).toBeNull();
    expect(threadIdFrom('undefined', 'undefined')).toBeNull();
    expect(stableId(null, 'undefined')).toBeNull();
    expect(stableId('undefined', null)).toBeNull();
  });
});

describe('collapsed and hidden rows without data-message-id', () => {
  const { thread, notShown } = readFixture('rows-without-ids.html');

  it('reads every row of the conversation as a message, in order', () => {
    expect(thread.messages.map((m) => m.from.email)).toEqual([
      'priya.raman@acme.com',
      'dana@northwind.io',
      'tom.becker@acme.com',
      'priya.raman@acme.com',
      'dana@northwind.io',
    ]);
    expect(thread.messages.map((m) => m.fullyRead)).toEqual([false, false, false, false, true]);
    expect(notShown).toBe(0);
  });

  it('gives id-less rows a derived id and keeps Gmail’s own id where there is one', () => {
    const ids = thread.messages.map((m) => m.id);
    expect(ids.slice(0, 4).every((id) => /^row-[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(ids[4]).toBe(BigInt('1816510100000000005').toString(16));
    expect(new Set(ids).size).toBe(5);
  });

  it('derives the same ids on every read, and after a new reply arrives below', () => {
    const first = thread.messages.map((m) => m.id);
    const { document, href } = loadPage('rows-without-ids.html');
    expect(read(document, href).thread.messages.map((m) => m.id)).toEqual(first);
    // A new message appended at the end leaves the earlier rows' ids alone.
    const list = document.querySelector('div[role="list"]')!;
    const newest = list.lastElementChild!.cloneNode(true) as Element;
    newest.querySelector('[data-message-id]')!.setAttribute('data-message-id', '#msg-f:1816510100000000006');
    newest
      .querySelector('[data-legacy-message-id]')!
      .setAttribute('data-legacy-message-id', 'abcdef0123456789');
    list.append(newest);
    expect(
      read(document, href)
        .thread.messages.map((m) => m.id)
        .slice(0, 5),
    ).toEqual(first);
  });

  it('tells apart two rows with the same sender and time by their rank', () => {
    const a = derivedRowId('t', 'a@x.com', '2026-11-09T09:00:00-05:00', 0);
    const b = derivedRowId('t', 'a@x.com', '2026-11-09T09:00:00-05:00', 1);
    expect(a).not.toBe(b);
    expect(derivedRowId('t', 'a@x.com', '2026-11-09T09:00:00-05:00', 0)).toBe(a);
    expect(derivedRowId('u', 'a@x.com', '2026-11-09T09:00:00-05:00', 0)).not.toBe(a);
  });

  it('reads a ky row as collapsed, with its snippet', () => {
    const ky = thread.messages[3]!;
    expect(ky.fullyRead).toBe(false);
    expect(ky.text).toBe('One more thing: the launch date moves to Dec 1.');
  });

  it('does not take a stray element with a row class and no sender for a message', () => {
    const { document, href } = loadPage('rows-without-ids.html');
    const stray = document.createElement('div');
    stray.className = 'kv';
    stray.append('Labels: Clients');
    document.querySelector('h2.hP')!.parentElement!.append(stray);
    expect(read(document, href).thread.messages).toHaveLength(5);
  });

  it('still refuses an expanded message without an id', () => {
    const { document, href } = loadPage('rows-without-ids.html');
    const expanded = document.querySelector('div.adn[data-message-id]')!;
    expanded.removeAttribute('data-message-id');
    expanded.removeAttribute('data-legacy-message-id');
    expect(readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK)).toMatchObject({ ok: false });
  });
});

describe('senders: span.gD in collapsed rows, span.zF only the list’s', () => {
  it('reads collapsed senders from span.gD (the fixtures now render them as Gmail does)', () => {
    const { document } = loadPage('rows-without-ids.html');
    const row = document.querySelector('div.kv')!;
    expect(row.querySelector('span.gD[email]')).not.toBeNull();
    expect(row.querySelector('span.zF')).toBeNull();
    expect(readSender(row)?.email).toBe('priya.raman@acme.com');
  });

  it('falls back to span.zF inside a message row only when the row has no span.gD', () => {
    const { document } = loadPage('rows-without-ids.html');
    const row = document.querySelector('div.kv')!;
    row.querySelector('span.gD')!.className = 'zF';
    expect(readSender(row)?.email).toBe('priya.raman@acme.com');
  });

  it('never takes the list’s unread sender (span.zF) beside a split-view thread as a sender', () => {
    const { thread, document } = readFixture('split-view.html');
    expect(document.querySelector('div.aia tr.zA span.zF[email]')).not.toBeNull();
    expect(thread.messages.map((m) => m.from.email)).toEqual(['priya.raman@acme.com']);
  });
});

describe('several reply footers at once (Gmail’s A/B tests)', () => {
  it('uses the visible footer’s Reply, not the last one in the page', () => {
    const { document } = loadPage('rows-without-ids.html');
    const footers = document.querySelectorAll('div.amn');
    expect(footers).toHaveLength(2);
    expect(findReplyButton(document)?.closest('div.amn')).toBe(footers[0]);
    // With the first hidden and the second shown, the second is used.
    footers[0]!.setAttribute('style', 'display:none');
    footers[1]!.removeAttribute('style');
    expect(findReplyButton(document)?.closest('div.amn')).toBe(footers[1]);
  });
});

describe('split view: a thread in the reading pane while the URL names the list', () => {
  it('routes to the pane’s thread although the URL is a list', () => {
    const { document, href } = loadPage('split-view.html');
    expect(parseGmailRoute(href)).toEqual({ kind: 'list' });
    expect(gmailRoute(href, document)).toEqual({
      kind: 'thread',
      threadId: BigInt('1816520100000000001').toString(16),
    });
  });

  it('reads the pane’s thread, then the next one the user picks, without a URL change', () => {
    const { document, href } = loadPage('split-view.html');
    expect(read(document, href).thread.subject).toBe('Pricing for the enterprise tier');
    const pane = document.querySelector('div.aia > div.a98')!;
    const next = document.getElementById('fixture-next-thread') as HTMLTemplateElement;
    pane.replaceChildren(document.importNode(next.content, true));
    const { thread } = read(document, href);
    expect(thread.subject).toBe('Globex onboarding pack');
    expect(thread.id).toBe(BigInt('1816520200000000001').toString(16));
    expect(gmailRoute(href, document)).toEqual({ kind: 'thread', threadId: thread.id });
  });

  it('is a list while the pane shows no conversation, and outside split view', () => {
    const split = loadPage('split-view.html');
    split.document.querySelector('div.aia > div.a98')!.replaceChildren();
    expect(gmailRoute(split.href, split.document)).toEqual({ kind: 'list' });
    const inbox = loadPage('inbox-list.html');
    expect(gmailRoute(inbox.href, inbox.document)).toEqual({ kind: 'list' });
  });
});
