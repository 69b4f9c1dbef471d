// @vitest-environment happy-dom
import {
  findOutlookEditor,
  findOutlookReplyButton,
  NO_EDITOR,
  NO_REPLY_BUTTON,
  openOutlookReplyWithText,
} from '../../../src/mail/outlook/compose';
import { loadOutlookFixture, type OutlookFixture } from '../../fixtures/outlook';
import { FIXTURE_NOW } from '../gmail/zones';

const RECAP = 'Hi Priya,\n\nFrom Dana:\n- Send the revised proposal — by Fri, Nov 20, 2026\n\nThanks';

/** Shows a fixture in this document; with `outlook: true` its stand-in script runs too. */
function show(name: OutlookFixture, outlook = false): void {
  const parsed = new DOMParser().parseFromString(loadOutlookFixture(name), 'text/html');
  const scripts = Array.from(parsed.querySelectorAll('script')).map((s) => s.textContent ?? '');
  parsed.querySelectorAll('script').forEach((s) => s.remove());
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
  );
  // eslint-disable-next-line no-new-func -- the fixture page's own script (a stand-in for Outlook), test only
  if (outlook) scripts.forEach((code) => new Function(code)());
}

function lines(editor: Element): string[] {
  return Array.from(editor.children).map((div) => div.textContent ?? '');
}

describe('Send recap into Outlook’s reply', () => {
  it('presses Reply on the newest message and writes the recap at the top of the editor in its shadow root', async () => {
    show('quoted-replies-en.html', true);
    const button = findOutlookReplyButton(document, FIXTURE_NOW)!;
    // The newest expanded message is Priya's of Wed 11/18 (the last on the page here).
    const newest = Array.from(document.querySelectorAll('[aria-label="Email message"]')).at(-1)!;
    expect(newest.contains(button)).toBe(true);

    const result = await openOutlookReplyWithText(document, RECAP, { timeoutMs: 1000 });
    expect(result).toEqual({ ok: true });
    const editor = findOutlookEditor(document)!;
    expect(editor.getRootNode()).not.toBe(document);
    expect(lines(editor).slice(0, 6)).toEqual([
      'Hi Priya,',
      '',
      'From Dana:',
      '- Send the revised proposal — by Fri, Nov 20, 2026',
      '',
      'Thanks',
    ]);
    expect((window as unknown as { __fixtureSendClicks: number }).__fixtureSendClicks).toBe(0);
  });

  it('uses a reply the user already has open instead of opening another', async () => {
    show('single-message.html', true);
    await openOutlookReplyWithText(document, 'First', { timeoutMs: 1000 });
    await openOutlookReplyWithText(document, 'Second', { timeoutMs: 1000 });
    expect(document.querySelectorAll('#docking_InitVisiblePart_0')).toHaveLength(1);
    expect(lines(findOutlookEditor(document)!).slice(0, 3)).toEqual(['Second', '', 'First']);
  });

  it('never presses a Reply button written inside a mail', () => {
    show('hostile.html');
    const button = findOutlookReplyButton(document, FIXTURE_NOW)!;
    expect(button.closest('[id^="UniqueMessageBody"]')).toBeNull();
  });

  it('says so when there is no Reply button, or when the editor never comes', async () => {
    show('unreadable-layout.html');
    document.querySelectorAll('[role="toolbar"]').forEach((t) => t.remove());
    expect(await openOutlookReplyWithText(document, RECAP, { timeoutMs: 50 })).toEqual({
      ok: false,
      reason: NO_REPLY_BUTTON,
    });
    show('single-message.html');
    // Outlook does not answer the click (the stand-ins of earlier tests are stopped here).
    const swallow = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('click', swallow, { capture: true });
    expect(await openOutlookReplyWithText(document, RECAP, { timeoutMs: 50 })).toEqual({
      ok: false,
      reason: NO_EDITOR,
    });
    window.removeEventListener('click', swallow, { capture: true });
  });
});
