// @vitest-environment happy-dom
import { readGmailThread, type ReadResult } from '../../../src/mail/gmail';
import type { GmailFixture } from '../../fixtures/gmail';
import { loadPage } from './loadPage';
import { FIXTURE_NOW, LONDON, NEW_YORK } from './zones';

function read(name: GmailFixture, zone = NEW_YORK): ReadResult {
  const { document, href } = loadPage(name);
  return readGmailThread(document, { href }, FIXTURE_NOW, zone);
}

function readOk(name: GmailFixture, zone = NEW_YORK) {
  const result = read(name, zone);
  if (!result.ok) throw new Error(`expected ${name} to read, got: ${result.reason}`);
  return result;
}

describe('reading a one-message thread', () => {
  const { thread, notShown } = readOk('one-message.html');

  it('reads the subject, the legacy thread id and a link back to the thread', () => {
    expect(thread.host).toBe('gmail');
    expect(thread.subject).toBe('Q1 campaign kickoff: next steps');
    expect(thread.id).toBe(1816050412345678901n.toString(16));
    expect(thread.url).toBe(`https://mail.google.com/mail/u/0/#all/${thread.id}`);
    expect(notShown).toBe(0);
  });

  it('reads the message id, sender, recipients and sent time with its offset', () => {
    expect(thread.messages).toHaveLength(1);
    const [message] = thread.messages;
    expect(message!.id).toBe(1816050412345678901n.toString(16));
    expect(message!.from).toEqual({ name: 'Priya Raman', email: 'priya.raman@acme.com' });
    expect(message!.to.map((p) => p.email)).toEqual(['dana@northwind.io', 'tom.becker@acme.com']);
    expect(message!.to[0]!.name).toBe('');
    expect(message!.sentAt).toBe('2026-11-17T09:15:00-05:00');
    expect(message!.fullyRead).toBe(true);
  });

  it('reads the body as lines of text, list items on their own lines', () => {
    const text = thread.messages[0]!.text;
    expect(text.startsWith('Hi Dana,\n\nThanks for the call this morning.')).toBe(true);
    expect(text).toContain(
      "\nYou'll send the revised proposal by Friday, including the landing page timeline.\n",
    );
    expect(text).toContain('Payment for phase 1 is $12,500, due net 30 from the invoice date.');
    expect(text.endsWith('Best,\nPriya')).toBe(true);
  });

  it('gives the same instant in another zone, with that zone offset', () => {
    const london = readOk('one-message.html', LONDON).thread.messages[0]!;
    expect(london.sentAt).toBe('2026-11-17T09:15:00+00:00');
  });
});

describe('reading a thread with quoted replies', () => {
  const { thread } = readOk('quoted-replies.html');
  const texts = thread.messages.map((m) => m.text).join('\n---\n');

  it('removes quoted history however it is marked', () => {
    expect(texts).not.toMatch(/QUOTED-HISTORY-MARKER/);
    expect(texts).not.toMatch(/wrote:/);
  });

  it("keeps each reply's own words", () => {
    expect(thread.messages[1]!.text).toBe(
      "Hi Priya,\n\nAbsolutely. I'll send the revised proposal by Friday, with the phased budget.\n\nDana",
    );
    expect(thread.messages[2]!.text).toBe(
      'Thanks Dana. For the invoice: payment is due net 30, and please quote PO 7781 on it.',
    );
    expect(thread.messages[3]!.text).toBe(
      'Perfect, Friday works. Could you share the logo files by Thursday as well?',
    );
  });

  it('tells To from Cc when the header details are in the page', () => {
    const last = thread.messages[3]!;
    expect(last.to.map((p) => p.email)).toEqual(['dana@northwind.io']);
    expect(last.cc.map((p) => p.email)).toEqual(['tom.becker@acme.com', 'leo@northwind.io']);
  });

  it('marks the collapsed message as not fully read and gives its snippet', () => {
    const first = thread.messages[0]!;
    expect(first.fullyRead).toBe(false);
    expect(first.text).toBe(
      'Hi Dana, could you send over the revised proposal? The board meets on the 27th.',
    );
    expect(first.sentAt).toBe('2026-11-16T16:40:00-05:00');
  });
});

describe('a page Accord cannot read', () => {
  it('refuses a thread whose layout changed, with a plain reason', () => {
    const result = read('unreadable-layout.html');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/layout may have changed/);
  });

  it('says no thread is open on the inbox list', () => {
    expect(read('inbox-list.html')).toEqual({ ok: false, reason: 'No thread is open.' });
  });

  it('never quotes the email in its reason', () => {
    const { document, href } = loadPage('one-message.html');
    document.querySelectorAll('span.g3').forEach((el) => el.removeAttribute('title'));
    document.querySelectorAll('span.g3').forEach((el) => (el.textContent = 'sometime'));
    const result = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/when a message/);
      expect(result.reason).not.toMatch(/Priya|Dana|proposal/);
    }
  });
});
