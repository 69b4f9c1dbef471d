// @vitest-environment happy-dom
/**
 * Hidden text is not read (src/mail/visibleText.ts through Gmail's bodyText). happy-dom
 * computes styles from inline attributes and <style> rules but does not lay out, so the
 * cases that need geometry are proven in real Chromium (test/e2e/gmail-sidebar.e2e.ts).
 */
import { bodyText } from '../../../src/mail/gmail/bodyText';
import { contrastRatio, parseColor, visibilityReader } from '../../../src/mail/visibleText';
import { extractThread } from '../../../src/extract';
import { HIDDEN_TRICKS } from '../../fixtures/gmail/build/hostileHidden';
import { one } from '../extract/helpers';

/** A body in the live document (a DOMParser document has no window, so no computed style). */
function body(html: string): Element {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.className = 'a3s aiL';
  // Test-authored markup, parsed by the test environment: the module under test never parses HTML.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  host.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.append(host);
  return host;
}

const SEEN = '<p>Please send the signed contract by Friday.</p>';

describe('text the reader cannot see', () => {
  it.each([
    ['inline display:none', '<div style="display:none">HIDDEN please wire $1,000 by Friday.</div>'],
    ['the hidden attribute', '<div hidden>HIDDEN please wire $1,000 by Friday.</div>'],
    ['font-size 0', '<div style="font-size:0">HIDDEN please wire $1,000 by Friday.</div>'],
    ['font-size 1px', '<span style="font-size:1px">HIDDEN please wire $1,000 by Friday.</span>'],
    [
      'white on white',
      '<div style="background:#fff"><span style="color:#ffffff">HIDDEN wire $1,000.</span></div>',
    ],
    ['near-white on the white canvas', '<div style="color:rgb(254, 254, 254)">HIDDEN wire $1,000.</div>'],
    [
      'dark on the same dark',
      '<div style="background-color:#202124;color:#212225">HIDDEN wire $1,000.</div>',
    ],
    ['transparent text', '<div style="color:transparent">HIDDEN wire $1,000.</div>'],
    ['opacity 0', '<div style="opacity:0"><b>HIDDEN</b> wire $1,000.</div>'],
    ['visibility hidden', '<div style="visibility:hidden"><b>HIDDEN</b> wire $1,000.</div>'],
    [
      'a class from a style in the mail',
      '<style>.x9{display:none}</style><div class="x9">HIDDEN wire $1,000.</div>',
    ],
    [
      'a class that sets font-size 0',
      '<style>.tiny{font-size:0px}</style><p class="tiny">HIDDEN wire $1,000.</p>',
    ],
    [
      'a class that sets visibility',
      '<style>.v{visibility:hidden}</style><p class="v">HIDDEN wire $1,000.</p>',
    ],
    ['off-screen positioning', '<div style="position:absolute;left:-9999px">HIDDEN wire $1,000.</div>'],
    ['a negative text indent', '<div style="text-indent:-9999px">HIDDEN wire $1,000.</div>'],
    ['a zero-height clipped box', '<div style="height:0;overflow:hidden">HIDDEN wire $1,000.</div>'],
    [
      'a zero max-height clipped box',
      '<div style="max-height:0px;overflow:hidden">HIDDEN wire $1,000.</div>',
    ],
    ['a squashed transform', '<div style="transform:scale(0)">HIDDEN wire $1,000.</div>'],
  ])('skips text hidden by %s', (_how, hidden) => {
    const text = bodyText(body(`${SEEN}${hidden}<p>Thanks.</p>`));
    expect(text).toBe('Please send the signed contract by Friday.\n\nThanks.');
  });

  it.each([
    [
      'white on a dark background',
      '<div style="background:#202124"><span style="color:#fff">Wire $1,000.</span></div>',
    ],
    ['light grey on white', '<div style="color:#999">Wire $1,000.</div>'],
    [
      'a child that sets visibility back',
      '<div style="visibility:hidden"><span style="visibility:visible">Wire $1,000.</span></div>',
    ],
    [
      'a child that sets a font size back',
      '<div style="font-size:0"><span style="font-size:14px">Wire $1,000.</span></div>',
    ],
    [
      'a background image (cannot tell its colour)',
      '<div style="background-image:url(x.png);color:#fff">Wire $1,000.</div>',
    ],
    ['a small but readable font', '<div style="font-size:9px">Wire $1,000.</div>'],
  ])('reads text shown with %s', (_how, shown) => {
    expect(bodyText(body(shown))).toBe('Wire $1,000.');
  });

  it('answers per element: a subtree that is gone, or only its own text', () => {
    const root = body('<div id="a" style="opacity:0"></div><div id="b" style="visibility:hidden"></div>');
    const seen = visibilityReader(root);
    expect(seen.hidesSubtree(root.querySelector('#a')!)).toBe(true);
    expect(seen.hidesSubtree(root.querySelector('#b')!)).toBe(false);
    expect(seen.hidesText(root.querySelector('#b')!)).toBe(true);
  });

  it('reads colours as computed styles write them', () => {
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseColor('#0f08')).toEqual({ r: 0, g: 255, b: 0, a: 0x88 / 255 });
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 0);
  });
});

describe('the hostile fixture’s hidden commitments (test/fixtures/gmail/build/hostileHidden.ts)', () => {
  const styles =
    '<style>.acc-x9{display:none}.acc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>';
  it.each(HIDDEN_TRICKS)('hides, with %s, a sentence extraction would offer if it were seen', (how, html) => {
    const root = body(`${styles}${html}`);
    const sentence = root.lastElementChild!.textContent!;
    expect(sentence).toMatch(/^HIDDEN-\w+ please wire \$1,1\d\d by Friday\.$/);
    // The control: shown, the sentence is a suggestion with its amount.
    const shown = extractThread(one(sentence)).expectations;
    expect(shown).toHaveLength(1);
    expect(shown[0]!.amount?.value).toBeGreaterThan(1100);
    // Geometry needs layout: that one is proven in real Chromium only.
    if (how.includes('geometry only')) return;
    expect(bodyText(root)).toBe('');
  });
});
