// @vitest-environment happy-dom
import { historyStart, outlookBodyText } from '../../../src/mail/outlook/bodyText';

function body(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="UniqueMessageBody_1">${html}</div>`, 'text/html');
  return doc.getElementById('UniqueMessageBody_1')!;
}

describe('Outlook body text', () => {
  it('stops at appendonsend / divRplyFwdMsg, with or without the x_ prefix', () => {
    const ids = [
      'appendonsend',
      'x_appendonsend',
      'divRplyFwdMsg',
      'x_divRplyFwdMsg',
      'x_x_divRplyFwdMsg',
      'x_mail-editor-reference-message-container',
    ];
    for (const id of ids) {
      const el = body(`<div>Own words.</div><div id="${id}"></div><div>Older mail.</div>`);
      expect(outlookBodyText(el)).toBe('Own words.');
    }
  });

  it('stops at a rule followed by a From / Sent / Subject block (English and German)', () => {
    const en = body(
      '<p>See you then.</p><hr><div><div><b>From:</b> A<br><b>Sent:</b> today<br><b>To:</b> B<br><b>Subject:</b> Hi</div></div><p>Old</p>',
    );
    expect(outlookBodyText(en)).toBe('See you then.');
    const de = body(
      '<p>Bis dann.</p><hr><div></div><div><b>Von:</b> A<br><b>Gesendet:</b> heute<br><b>An:</b> B<br><b>Betreff:</b> Hallo</div><p>Alt</p>',
    );
    expect(outlookBodyText(de)).toBe('Bis dann.');
    const mac = body(
      '<p>Done.</p><hr><div><b>From:</b> A<br><b>Date:</b> Friday<br><b>To:</b> B<br><b>Subject:</b> Hi</div><p>Old</p>',
    );
    expect(outlookBodyText(mac)).toBe('Done.');
  });

  it('keeps a rule that is only a rule, and text after it', () => {
    const el = body('<p>Part one.</p><hr><p>Part two, from: the team. Sent with love.</p>');
    expect(historyStart(el)).toBeNull();
    expect(outlookBodyText(el)).toBe('Part one.\n\nPart two, from: the team. Sent with love.');
  });

  it('keeps history when asked (collapsed previews) and skips Outlook’s signature block', () => {
    const el = body(
      '<div>Hi.</div><div id="x_Signature">Dana Whitfield | Northwind</div><div id="x_appendonsend"></div><div>Older.</div>',
    );
    expect(outlookBodyText(el)).toBe('Hi.');
    expect(outlookBodyText(el, { removeQuotes: false })).toBe('Hi.\nDana Whitfield | Northwind\nOlder.');
  });

  it('reads text nodes only: markup in text stays text, scripts and hidden elements are skipped', () => {
    const el = body(
      '<div>&lt;b&gt;bold&lt;/b&gt;</div><script>x()</script><span hidden>secret</span><span style="display: none">also</span><div>End</div>',
    );
    expect(outlookBodyText(el)).toBe('<b>bold</b>\nEnd');
  });
});
