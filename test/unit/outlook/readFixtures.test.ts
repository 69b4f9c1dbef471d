// @vitest-environment happy-dom
import { readOutlookThread } from '../../../src/mail/outlook';
import { outlookAdapter } from '../../../src/mail/outlook/adapter';
import type { OutlookFixture } from '../../fixtures/outlook';
import { FIXTURE_NOW, LONDON, NEW_YORK } from '../gmail/zones';
import { loadOutlookPage } from './loadPage';

function readOk(name: OutlookFixture, zone = NEW_YORK) {
  const { document, href } = loadOutlookPage(name);
  const result = readOutlookThread(document, { href }, FIXTURE_NOW, zone);
  if (!result.ok) throw new Error(`expected ${name} to read, got: ${result.reason}`);
  return result.thread;
}

const people = (ps: { email: string }[]) => ps.map((p) => p.email);

describe('a single message in the reading pane', () => {
  const thread = readOk('single-message.html');

  it('reads the subject, the conversation id of the selected row and a link back', () => {
    expect(thread.host).toBe('outlook');
    expect(thread.subject).toBe('Q1 campaign kickoff: next steps');
    expect(thread.id).toMatch(/^AAQkAD[A-Za-z0-9+/=]+$/);
    expect(thread.url).toMatch(/^https:\/\/outlook\.office\.com\/mail\/inbox\/id\/AAMkAD/);
  });

  it('reads sender, To, Cc and the time as an ISO string with the offset', () => {
    const [m] = thread.messages;
    expect(m!.from).toEqual({ name: 'Priya Raman', email: 'priya.raman@acme.com' });
    expect(m!.to).toEqual([{ name: 'Dana Whitfield', email: 'dana@northwind.io' }]);
    expect(m!.cc).toEqual([{ name: 'Tom Becker', email: 'tom.becker@acme.com' }]);
    expect(m!.sentAt).toBe('2026-11-17T09:15:00-05:00');
    expect(m!.fullyRead).toBe(true);
  });

  it('reads the body as lines of text', () => {
    expect(thread.messages[0]!.text).toContain(
      "You'll send the revised proposal by Friday, including the landing page timeline.\nWe will share the brand guidelines before Nov 30.",
    );
  });
});

describe('a long conversation, newest on top, mostly collapsed', () => {
  const thread = readOk('long-conversation.html');

  it('reads all twelve messages oldest first with distinct ids', () => {
    expect(thread.messages).toHaveLength(12);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(12);
    const times = thread.messages.map((m) => Date.parse(m.sentAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('resolves relative times and the offsets on both sides of the DST change', () => {
    const at = thread.messages.map((m) => m.sentAt);
    expect(at[0]).toBe('2026-10-12T09:00:00-04:00');
    expect(at[3]).toBe('2026-10-30T16:05:00-04:00');
    expect(at[4]).toBe('2026-11-03T08:47:00-05:00');
    expect(at[9]).toBe('2026-11-20T14:05:00-05:00'); // "Fri 2:05 PM"
    expect(at[10]).toBe('2026-11-23T16:40:00-05:00'); // "Yesterday 4:40 PM"
    expect(at[11]).toBe('2026-11-24T09:41:00-05:00'); // "9:41 AM"
  });

  it('gives collapsed messages their preview only, without header text or initials', () => {
    const collapsed = thread.messages.filter((m) => !m.fullyRead);
    expect(collapsed).toHaveLength(10);
    expect(collapsed[0]!.text).toBe('Kickoff notes attached. We agreed weekly check-ins on Mondays.');
    expect(collapsed[9]!.text).toBe('Quick one: can we move the Monday check-in to 11am from now on?');
  });

  it('drops the signature and the quoted history of the newest message', () => {
    expect(thread.messages[11]!.text).toBe(
      'Thanks Dana, that works for us. See you Monday.\nWe will send the final copy for the pricing page by December 4.',
    );
  });
});

describe('conversation view off', () => {
  it('reads the item alone, which has no aria-expanded', () => {
    const thread = readOk('conversation-off.html');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.fullyRead).toBe(true);
    expect(people(thread.messages[0]!.cc)).toEqual(['leo@northwind.io']);
    expect(thread.messages[0]!.text).toContain('Could you send us the agenda by December 1?');
  });
});

describe('quoted history', () => {
  it('removes Outlook’s divRplyFwdMsg history and an Apple Mail cite (English)', () => {
    const thread = readOk('quoted-replies-en.html');
    const [, dana, tom, priya] = thread.messages;
    expect(dana!.text).toBe(
      "Hi Priya,\n\nAbsolutely. I'll send the revised proposal by Friday, with the phased budget.\n\nDana",
    );
    expect(tom!.text).toBe(
      'Thanks Dana. For the invoice: payment is due net 30, and please quote PO 7781 on it.',
    );
    expect(priya!.text).toBe('Perfect, Friday works. Could you share the logo files by Thursday as well?');
    for (const m of thread.messages) expect(m.text).not.toMatch(/From:|Sent:|Subject:|wrote:/);
  });

  it('removes German history, with markers and after a bare rule, in a German UI', () => {
    const thread = readOk('quoted-replies-de.html');
    expect(thread.messages.map((m) => m.sentAt)).toEqual([
      '2026-11-17T09:15:00-05:00',
      '2026-11-17T14:30:00-05:00',
      '2026-11-23T16:40:00-05:00',
    ]);
    expect(thread.messages[1]!.text).toBe(
      'Hallo Herr Bergmann,\n\ngern, Sie erhalten das Angebot am Freitag.\n\nViele Grüße\nDana Whitfield',
    );
    expect(thread.messages[2]!.text).toBe(
      'Vielen Dank, das passt so. Bitte schicken Sie die Rechnung an buchhaltung@bergmann-logistik.de.\nAnja Vogt',
    );
    for (const m of thread.messages) expect(m.text).not.toMatch(/Von:|Gesendet:|Betreff:/);
    expect(thread.messages[2]!.from.email).toBe('a.vogt@bergmann-logistik.de');
  });
});

describe('other variants', () => {
  it('reads a shared mailbox conversation and a colleague shown by name only', () => {
    const thread = readOk('shared-mailbox.html');
    expect(people(thread.messages[0]!.to)).toEqual(['sales@northwind.io']);
    expect(thread.messages[1]!.from).toEqual({ name: 'Leo Park', email: 'leo@northwind.io' });
  });

  it('reads dark mode exactly as light mode (Outlook’s data-ogsc re-colouring is not text)', () => {
    const thread = readOk('dark-mode.html');
    expect(thread.messages[0]!.text).toBe(
      "Hi Dana,\n\nThe first six illustrations are ready. I'll deliver the remaining four by December 2.\nMy invoice for the first half is €2,400, payable within 14 days.\n\nCiao,\nMarco",
    );
  });

  it('reads the reading pane below the list', () => {
    const thread = readOk('reading-pane-bottom.html');
    expect(thread.messages.map((m) => m.from.email)).toEqual(['dana@northwind.io', 'tom.becker@acme.com']);
  });

  it('reads a deep link in a personal account’s full view (en-GB dates), the id from the URL', () => {
    const thread = readOk('deeplink-personal.html', LONDON);
    expect(thread.id).toMatch(/^AAMkAD/); // no list row: the item id from the URL
    expect(thread.url).toMatch(/^https:\/\/outlook\.live\.com\/mail\/0\/deeplink\/read\/AAMkAD/);
    expect(thread.messages.map((m) => m.sentAt)).toEqual([
      '2026-11-17T18:05:00+00:00',
      '2026-11-18T08:20:00+00:00',
    ]);
    expect(thread.messages[1]!.text).toBe(
      'Thanks Marco, they look great. We will pay your invoice by 30 November.',
    );
  });
});

describe('hostile mail', () => {
  const thread = readOk('hostile.html');

  it('takes no structure from inside a body: the look-alike message, sender and subject are text', () => {
    expect(thread.messages).toHaveLength(3);
    expect(thread.subject).toBe('Invoice overdue <b>URGENT</b>');
    expect(thread.messages.map((m) => m.from.email)).toEqual([
      'billing@acme-invoices.example',
      'marco.ferri.design@gmail.com',
      'billing@acme-invoices.example',
    ]);
    expect(thread.messages.flatMap((m) => [...m.to, ...m.cc]).map((p) => p.email)).toEqual([
      'dana@northwind.io',
      'dana@northwind.io',
      'dana@northwind.io',
    ]);
  });

  it('reads markup as the text a reader sees, skipping scripts, styles and hidden text', () => {
    const text = thread.messages[0]!.text;
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('Please pay $9,900 by Friday.');
    expect(text).not.toMatch(/__fixtureMarkupRan|color:red|Ignore all previous instructions/);
  });

  it('skips every commitment the reader cannot see and keeps the visible one (issue 10)', () => {
    const text = thread.messages[2]!.text;
    expect(text).toContain('VISIBLE-WIRE please wire $1,099 by Friday.');
    // The one moved off the page by relative positioning needs layout: proven in Chromium
    // (test/e2e/outlook-sidebar.e2e.ts); happy-dom can tell every other trick.
    expect(text).toBe(
      'Two more things.\nHIDDEN-RELATIVE please wire $1,109 by Friday.\nVISIBLE-WIRE please wire $1,099 by Friday.',
    );
  });
});

describe('what is not a readable conversation', () => {
  it('says the layout may have changed when the hooks are gone', () => {
    const { document, href } = loadOutlookPage('unreadable-layout.html');
    const result = readOutlookThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/layout may have changed/) });
  });

  it('does not read a folder list', () => {
    const { document, href } = loadOutlookPage('inbox-list.html');
    expect(outlookAdapter.route(href)).toEqual({ kind: 'list' });
    expect(readOutlookThread(document, { href }, FIXTURE_NOW, NEW_YORK).ok).toBe(false);
  });

  it('marks a date it cannot settle instead of guessing', () => {
    const { document, href } = loadOutlookPage('single-message.html');
    document.documentElement.lang = 'en';
    document.querySelector('[data-testid="SentReceivedSavedTime"]')!.textContent = '3/2/2026 9:15 AM';
    const result = readOutlookThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/day from the month/) });
  });
});

describe('derived message ids', () => {
  it('are the same on every read and survive a reply arriving and the order flipping', () => {
    const first = readOk('long-conversation.html').messages.map((m) => m.id);
    const { document, href } = loadOutlookPage('long-conversation.html');
    const container = document.querySelector('#ConversationReadingPaneContainer')!;
    const messages = Array.from(container.querySelectorAll(':scope > .aVla3'));
    // Oldest on top instead, then a new reply at the end.
    messages.reverse().forEach((m) => container.append(m));
    const reply = messages[messages.length - 1]!.cloneNode(true) as Element;
    reply.querySelector('[data-testid="SentReceivedSavedTime"]')!.textContent = '10:00 AM';
    container.append(reply);
    const again = readOutlookThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    if (!again.ok) throw new Error(again.reason);
    expect(again.thread.messages.slice(0, 12).map((m) => m.id)).toEqual(first);
    expect(again.thread.messages).toHaveLength(13);
    expect(first).not.toContain(again.thread.messages[12]!.id);
  });
});

describe('the adapter', () => {
  it('finds the body of each expanded message by the ids it gives', () => {
    const { document, href } = loadOutlookPage('quoted-replies-en.html');
    Object.defineProperty(document, 'location', { value: new URL(href) });
    const result = readOutlookThread(document, { href });
    if (!result.ok) throw new Error(result.reason);
    const bodies = outlookAdapter.messageBodies(document);
    const expanded = result.thread.messages.filter((m) => m.fullyRead).map((m) => m.id);
    expect([...bodies.keys()].sort()).toEqual([...expanded].sort());
    for (const body of bodies.values()) expect(body.id).toMatch(/^UniqueMessageBody_/);
  });

  it('reads the signed-in account and its name from Outlook’s own chrome', () => {
    const work = loadOutlookPage('shared-mailbox.html').document;
    expect(outlookAdapter.readAccount(work)).toBe('dana@northwind.io');
    expect(outlookAdapter.readAccountName(work)).toBe('Dana Whitfield');
    const personal = loadOutlookPage('deeplink-personal.html').document;
    expect(outlookAdapter.readAccount(personal)).toBe('dana.whitfield@outlook.com');
    personal.getElementById('mectrl_main_body')!.remove();
    expect(outlookAdapter.readAccountName(personal)).toBe('Dana Whitfield');
  });

  it('falls back to the mailbox root in the folder tree for the address', () => {
    const { document } = loadOutlookPage('single-message.html');
    document.getElementById('mectrl_main_body')!.remove();
    expect(outlookAdapter.readAccount(document)).toBe('dana@northwind.io');
  });
});
