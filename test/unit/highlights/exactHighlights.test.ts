// @vitest-environment happy-dom
import { bodiesUnderExactIds, pageIdsOfExactMessages } from '../../../src/content/exactHighlights';
import type { MailMessage, Thread } from '../../../src/core';
import { readOutlookConversation } from '../../../src/mail/outlook/readThread';
import { FIXTURE_NOW, NEW_YORK } from '../gmail/zones';
import { loadOutlookPage } from '../outlook/loadPage';

const msg = (id: string, email: string, sentAt: string): MailMessage =>
  ({ id, from: { name: email, email }, to: [], cc: [], sentAt, text: '', fullyRead: true }) as MailMessage;
const thread = (messages: MailMessage[]) => ({ messages }) as Thread;

describe('pairing Graph’s messages with the page’s (highlights in exact mode)', () => {
  it('finds each page body of quoted-replies-en.html under Graph’s ids, by sender and minute', () => {
    const { document, href } = loadOutlookPage('quoted-replies-en.html');
    const read = readOutlookConversation(document, { href }, FIXTURE_NOW, NEW_YORK);
    if (!read.ok) throw new Error(read.reason);
    const { thread: fromPage, bodies } = read.conversation;
    // The conversation as Graph lists it: internetMessageIds, UTC with seconds, addresses in
    // another case; the page shows New York wall-clock minutes.
    const exact = thread([
      msg('<m1@acme.com>', 'Priya.Raman@acme.com', '2026-11-16T21:40:12Z'),
      msg('<m2@northwind.io>', 'dana@northwind.io', '2026-11-17T15:02:59Z'),
      msg('<m3@acme.com>', 'tom.becker@acme.com', '2026-11-17T18:30:00Z'),
      msg('<m4@acme.com>', 'priya.raman@acme.com', '2026-11-18T13:05:30Z'),
    ]);
    const onPage = bodiesUnderExactIds(bodies, exact, fromPage);
    // The first message is collapsed on the page: it has no body to mark.
    expect([...onPage.keys()]).toEqual(['<m2@northwind.io>', '<m3@acme.com>', '<m4@acme.com>']);
    expect(onPage.get('<m2@northwind.io>')!.textContent).toContain('with the phased budget');
    expect(onPage.get('<m3@acme.com>')!.textContent).toContain('PO 7781');
    expect(onPage.get('<m4@acme.com>')!.textContent).toContain('logo files by Thursday');
    expect(pageIdsOfExactMessages(exact, fromPage).get('<m1@acme.com>')).toBe(fromPage.messages[0]!.id);
  });

  it('pairs nothing across a different minute or sender', () => {
    const page = thread([msg('p1', 'a@x.com', '2026-11-17T10:02:00-05:00')]);
    expect(pageIdsOfExactMessages(thread([msg('g1', 'a@x.com', '2026-11-17T15:03:00Z')]), page).size).toBe(0);
    expect(pageIdsOfExactMessages(thread([msg('g1', 'b@x.com', '2026-11-17T15:02:00Z')]), page).size).toBe(0);
    expect([...pageIdsOfExactMessages(thread([msg('g1', 'a@x.com', '2026-11-17T15:02:40Z')]), page)]).toEqual(
      [['g1', 'p1']],
    );
  });

  it('pairs same-minute messages of one sender in order, and none when the counts differ', () => {
    const page = thread([
      msg('p1', 'a@x.com', '2026-11-17T15:02:00Z'),
      msg('p2', 'a@x.com', '2026-11-17T15:02:00Z'),
    ]);
    const both = thread([
      msg('g1', 'a@x.com', '2026-11-17T15:02:05Z'),
      msg('g2', 'a@x.com', '2026-11-17T15:02:50Z'),
    ]);
    expect([...pageIdsOfExactMessages(both, page)]).toEqual([
      ['g1', 'p1'],
      ['g2', 'p2'],
    ]);
    const one = thread([msg('g1', 'a@x.com', '2026-11-17T15:02:05Z')]);
    expect(pageIdsOfExactMessages(one, page).size).toBe(0);
  });
});
