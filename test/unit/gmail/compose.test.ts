// @vitest-environment happy-dom
import {
  findEditor,
  findReplyButton,
  NO_EDITOR,
  NO_REPLY_BUTTON,
  openReplyWithText,
} from '../../../src/mail/gmail/compose';
import { loadFixture } from '../../fixtures/gmail';

const RECAP = 'Hi Priya,\n\nFrom Dana:\n- Send the revised proposal — by Fri, Nov 20, 2026\n\nThanks';

/**
 * Puts a fixture's body into the test document. With `gmail: true` the fixture's own script
 * (the stand-in for Gmail that opens the inline reply on a click) runs too; DOMParser never
 * runs scripts, so it is run here by hand, in this document.
 */
function showFixture(name: 'reply-compose.html' | 'one-message.html', gmail = false): void {
  const parsed = new DOMParser().parseFromString(loadFixture(name), 'text/html');
  const scripts = Array.from(parsed.querySelectorAll('script')).map((s) => s.textContent ?? '');
  parsed.querySelectorAll('script').forEach((s) => s.remove());
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
  );
  // eslint-disable-next-line no-new-func -- the fixture page's own script (a stand-in for Gmail), test only
  if (gmail) scripts.forEach((code) => new Function(code)());
}

/** Each line of the editor as Gmail's editor keeps it: one div per line. */
function editorLines(editor: Element): string[] {
  return Array.from(editor.children).map((child) => child.textContent ?? '');
}

describe('writing the recap into Gmail’s reply', () => {
  it('finds the footer’s Reply button, never one inside an email', () => {
    showFixture('reply-compose.html');
    const fake = document.createElement('span');
    fake.className = 'ams bkH';
    document.querySelector('div.a3s')!.append(fake);
    const button = findReplyButton(document);
    expect(button?.textContent).toBe('Reply');
    expect(button?.closest('div.a3s')).toBeNull();
  });

  it('clicks Reply, waits for the editor, and writes the recap above the quoted message', async () => {
    showFixture('reply-compose.html', true);
    expect(findEditor(document)).toBeNull();
    const inputs: Event[] = [];
    document.addEventListener('input', (e) => inputs.push(e));

    const result = await openReplyWithText(document, RECAP);
    expect(result).toEqual({ ok: true });
    const editor = findEditor(document)!;
    expect(editor.getAttribute('aria-label')).toBe('Message Body');
    expect(editorLines(editor).slice(0, 6)).toEqual([
      'Hi Priya,',
      '',
      'From Dana:',
      '- Send the revised proposal — by Fri, Nov 20, 2026',
      '',
      'Thanks',
    ]);
    // Gmail's own content (its empty line and the quote) stays below the recap.
    const quote = editor.querySelector('.gmail_quote')!;
    expect(editor.textContent!.indexOf('Thanks')).toBeLessThan(
      editor.textContent!.indexOf(quote.textContent!),
    );
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.target).toBe(editor);
    expect((window as unknown as { __fixtureSendClicks: number }).__fixtureSendClicks).toBe(0);
  });

  it('writes text, never markup, even when the recap holds something that looks like HTML', async () => {
    showFixture('reply-compose.html', true);
    await openReplyWithText(document, '- Ship <img src=x onerror=alert(1)> & more');
    const editor = findEditor(document)!;
    expect(editor.querySelector('img')).toBeNull();
    expect(editorLines(editor)[0]).toBe('- Ship <img src=x onerror=alert(1)> & more');
  });

  it('uses the reply the user already has open instead of opening another', async () => {
    showFixture('reply-compose.html', true);
    await openReplyWithText(document, 'First');
    await openReplyWithText(document, 'Second');
    expect(document.querySelectorAll('div.Am.Al.editable')).toHaveLength(1);
    expect(editorLines(findEditor(document)!).slice(0, 3)).toEqual(['Second', '', 'First']);
  });

  it('says so when the thread has no Reply button', async () => {
    showFixture('reply-compose.html', true);
    document.querySelectorAll('span.ams, div[role="button"][aria-label="Reply"]').forEach((b) => b.remove());
    expect(await openReplyWithText(document, RECAP)).toEqual({ ok: false, reason: NO_REPLY_BUTTON });
  });

  it('says so when Gmail does not open an editor in time', async () => {
    showFixture('reply-compose.html', true);
    // Gmail is busy or changed: the click reaches the button, but no editor comes of it.
    findReplyButton(document)!.addEventListener('click', (e) => e.stopPropagation());
    const result = await openReplyWithText(document, RECAP, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, reason: NO_EDITOR });
  });
});
