// @vitest-environment happy-dom
import { readGmailThread } from '../../../src/mail/gmail';
import type { GmailFixture } from '../../fixtures/gmail';
import { loadPage } from './loadPage';
import { FIXTURE_NOW, LONDON, NEW_YORK } from './zones';

function readOk(name: GmailFixture, zone = NEW_YORK) {
  const { document, href } = loadPage(name);
  const result = readGmailThread(document, { href }, FIXTURE_NOW, zone);
  if (!result.ok) throw new Error(`expected ${name} to read, got: ${result.reason}`);
  return result;
}

describe('reading the long 20-message thread', () => {
  const { thread, notShown } = readOk('long-20-messages.html');

  it('reads all twenty messages in order, with distinct ids', () => {
    expect(thread.messages).toHaveLength(20);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(20);
    const times = thread.messages.map((m) => Date.parse(m.sentAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(notShown).toBe(0);
  });

  it('marks only the two expanded messages as fully read', () => {
    expect(thread.messages.map((m) => m.fullyRead)).toEqual([...Array<boolean>(18).fill(false), true, true]);
  });

  it('gives collapsed and hidden messages their snippet as text', () => {
    expect(thread.messages[0]!.text).toBe('Kickoff notes attached. We agreed weekly check-ins on Mondays.');
    expect(thread.messages[8]!.text).toContain('payment due net 30');
  });

  it('uses the offset in force on each date, across the daylight-saving change', () => {
    expect(thread.messages[0]!.sentAt).toBe('2026-09-07T09:00:00-04:00');
    expect(thread.messages[19]!.sentAt).toBe('2026-11-20T10:23:00-05:00');
  });

  it('reads the expanded messages without their quoted history', () => {
    expect(thread.messages[19]!.text).toBe(
      'Hi,\n\nPerfect. And could you share the logo files with our web team by Thursday?\n\nPriya',
    );
  });

  it('counts announced messages that are missing from the page', () => {
    const { document, href } = loadPage('long-20-messages.html');
    document.querySelectorAll('div.kQ').forEach((row) => row.remove());
    const result = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(result.ok && result.notShown).toBe(14);
    expect(result.ok && result.thread.messages).toHaveLength(6);
  });
});

describe('reading signatures and legal footers', () => {
  const { thread } = readOk('signatures.html', LONDON);

  it('removes the signatures Gmail marks, legal footer included', () => {
    for (const m of thread.messages) {
      expect(m.text).not.toMatch(/SIGNATURE-MARKER|CONFIDENTIALITY|Head of Partnerships/);
    }
    expect(thread.messages[0]!.text).toBe(
      'Morning Dana,\n\nPlease find the onboarding checklist below. We need the signed NDA back by 20 November, and the kickoff deck by the end of the month.\n\nKind regards,\nSarah',
    );
  });

  it('reads en-GB dates (day before month, 24-hour clock)', () => {
    expect(thread.messages[0]!.sentAt).toBe('2026-11-16T09:12:00+00:00');
    expect(thread.messages[1]!.sentAt).toBe('2026-11-16T11:47:00+00:00');
  });
});

describe("reading a thread with the user's own replies", () => {
  const { thread } = readOk('own-replies.html');

  it("reads the user's messages with the user as sender", () => {
    expect(thread.messages.map((m) => m.from.email)).toEqual([
      'dana@northwind.io',
      'marco.ferri.design@gmail.com',
      'dana@northwind.io',
      'dana@northwind.io',
    ]);
    expect(thread.messages[3]!.to.map((p) => p.email)).toEqual([
      'marco.ferri.design@gmail.com',
      'leo@northwind.io',
    ]);
  });

  it('keeps a client-side id for a message sent a moment ago', () => {
    expect(thread.messages[3]!.id).toMatch(/^msg-a:r-\d+$/);
  });

  it('dates messages from short and relative text when there is no title', () => {
    expect(thread.messages[1]!.sentAt).toBe('2026-11-19T00:00:00-05:00');
    expect(thread.messages[3]!.sentAt).toBe('2026-11-24T10:02:00-05:00');
  });
});

describe('reading right-to-left text', () => {
  const { thread } = readOk('rtl.html', LONDON);

  it('keeps Hebrew and Arabic text, names and subject intact', () => {
    expect(thread.subject).toBe('הצעת מחיר לאתר החדש');
    expect(thread.messages[0]!.from).toEqual({ name: 'נועה לוי', email: 'noa@levi-studio.co.il' });
    expect(thread.messages[0]!.text).toBe(
      'שלום דנה,\n\nתודה על הפגישה. נשלח את קבצי הלוגו עד יום חמישי, והתשלום של ₪18,000 יועבר תוך 30 יום.\nהאם תוכלי לשלוח את ההצעה המעודכנת (v2) עד יום ראשון?\n\nנועה',
    );
    expect(thread.messages[1]!.text).toBe(
      'مرحباً دانا،\nسنرسل العقد الموقّع يوم الخميس، والدفعة الأولى بقيمة 5,000 دولار مستحقة خلال 30 يوماً.\nمع التحية، كريم',
    );
  });
});

describe('reading a forwarded message', () => {
  const { thread } = readOk('forwarded.html');

  it('keeps the forwarded email as content, with its header lines', () => {
    const text = thread.messages[0]!.text;
    expect(text.startsWith('Dana, FYI: Tom says payment is scheduled.')).toBe(true);
    expect(text).toContain('---------- Forwarded message ---------\nFrom: Tom Becker <tom.becker@acme.com>');
    expect(text).toContain('Payment of $12,500 for invoice 1042 will be sent by Dec 17 (net 30).');
    expect(text).not.toContain('QUOTED-HISTORY-MARKER');
  });
});

describe('reading hostile HTML', () => {
  const { thread, notShown } = readOk('hostile.html');
  const [attack, reply] = thread.messages;

  it('takes subject, ids and senders only from Gmail, never from look-alike markup in a body', () => {
    expect(thread.subject).toBe('Invoice overdue <b>URGENT</b>');
    expect(thread.id).toBe(1816700000000000700n.toString(16));
    expect(thread.messages).toHaveLength(3);
    expect(attack!.from.email).toBe('billing@acme-invoices.example');
    expect(attack!.to.map((p) => p.email)).toEqual(['dana@northwind.io']);
    expect(attack!.cc).toEqual([]);
    expect(notShown).toBe(0);
  });

  it('reads markup written as text as text, character for character', () => {
    expect(attack!.text).toContain(
      'Escaped in the mail itself: <img src=x onerror="window.__pwned=1"> and <script>window.__accordHostileRan = true</script>',
    );
    expect(reply!.text).toContain('<a href="javascript:alert(1)">pay</a>');
  });

  it('reads real elements by their visible text only: no script, style, image or hidden text', () => {
    expect(attack!.text).toContain('Real markup: Click to confirm the invoice');
    expect(attack!.text).not.toMatch(/__fixtureMarkupRan|STYLE-MARKER|HIDDEN-TEXT-MARKER|tracking/);
  });

  it('treats look-alike Gmail markup inside a body as plain body text', () => {
    expect(attack!.text).toContain('LOOKALIKE-BODY-MARKER nested body text');
    expect(attack!.text).toContain('LOOKALIKE-SUBJECT');
    expect(attack!.text).toContain('LOOKALIKE-MESSAGE-MARKER');
    expect(attack!.text.endsWith('Please pay $9,900 by Friday.')).toBe(true);
  });
});
