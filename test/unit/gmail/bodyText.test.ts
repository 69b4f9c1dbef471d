// @vitest-environment happy-dom
import { bodyText } from '../../../src/mail/gmail/bodyText';

function body(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div class="a3s aiL">${html}</div>`, 'text/html');
  return doc.querySelector('.a3s')!;
}

describe('reading body text', () => {
  it('lays out blocks, paragraphs and line breaks like a reader sees them', () => {
    expect(bodyText(body('<p>One</p><p>Two</p><div>Three<br>Four</div>  <div> Five  six </div>'))).toBe(
      'One\n\nTwo\n\nThree\nFour\nFive six',
    );
  });

  it('keeps a table readable, one row per line', () => {
    expect(
      bodyText(
        body(
          '<table><tr><td>Phase 1</td><td>$12,500</td></tr><tr><td>Phase 2</td><td>$8,000</td></tr></table>',
        ),
      ),
    ).toBe('Phase 1 $12,500\nPhase 2 $8,000');
  });

  it('turns no-break spaces into plain spaces and keeps other characters as they are', () => {
    expect(bodyText(body('Due&nbsp;net&nbsp;30 — “quoted” &lt;tag&gt; \u200fשלום'))).toBe(
      'Due net 30 — “quoted” <tag> \u200fשלום',
    );
  });

  it('keeps quoted history when asked to (snippets)', () => {
    const el = body('Reply<div class="gmail_quote">Old text</div>');
    expect(bodyText(el)).toBe('Reply');
    expect(bodyText(el, { removeQuotes: false })).toBe('Reply\nOld text');
  });

  it('never reads signatures, even when quotes are kept', () => {
    expect(bodyText(body('Hi<div class="gmail_signature">Dana</div>'), { removeQuotes: false })).toBe('Hi');
  });
});

describe('the shortcut for elements without attributes', () => {
  it('is safe: no quote or signature selector matches an element that has none', async () => {
    const { QUOTED, SIGNATURE } = await import('../../../src/mail/gmail/selectors');
    for (const tag of ['div', 'blockquote', 'span', 'p', 'table', 'td', 'font', 'section']) {
      const el = document.createElement(tag);
      expect(el.matches(QUOTED) || el.matches(SIGNATURE)).toBe(false);
    }
  });
});
