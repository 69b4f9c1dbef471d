/**
 * Which text in a mail body a reader can actually see. Host-neutral: every mail adapter
 * (Gmail's bodyText, Outlook's) and the highlighter ask the same questions, so what Accord
 * reads and what it marks are the words on screen, never a sentence a sender hid from the
 * reader (font-size 0, white on white, opacity 0, visibility hidden, a class rule from a
 * <style> in the mail, off-screen positioning, a zero-height box with overflow hidden).
 *
 * API:
 *   const seen = visibilityReader(body);   // one per body while its styles do not change;
 *                                          // answers are cached per element
 *   seen.hidesSubtree(el)  // true: nothing inside `el` can be seen; skip the whole subtree
 *   seen.hidesText(el)     // true: the text nodes directly inside `el` cannot be seen
 *                          // (its children elements are asked on their own: visibility
 *                          // and colour are inherited but a child may set them back)
 * Callers walk the body top-down, never descend into an element that `hidesSubtree`, and
 * skip the text nodes of an element that `hidesText`.
 *
 * Cost: computed style only where it can matter. An element with no attribute that can
 * style it (only `dir`, `lang`, `align`… : no style, class, id, hidden, bgcolor…) in a body
 * with no <style> of its own looks exactly like its
 * parent, so it inherits the parent's answer without a `getComputedStyle` call (a message of
 * 2,000 plain <div>s costs nothing); `<a>` (link colour) and `<dialog>`/`<details>` (hidden by
 * the browser's own sheet) are always checked. Everything else gets one `getComputedStyle`
 * (Chrome computes styles once for the document while nothing changes). Geometry
 * (`getBoundingClientRect`, which needs layout) is read only for elements whose computed
 * style can move or shrink them out of sight: positioned, transformed or clipped ones.
 * Where the page has no layout (tests in happy-dom) the geometry checks are skipped; the
 * style checks still apply. A host whose mail CSS lives outside the body (an Outlook
 * iframe's <head>) passes `{ mailStyles: true }` so that every element is checked.
 *
 * What it does not see: text covered by another element, text of the same colour as a
 * background *image*, and colours mixed by `mix-blend-mode` or filters. Those stay read.
 */

/** Below this font size (CSS px) text is not readable. */
const MIN_FONT_PX = 4;
/** Below this opacity an element and everything in it is invisible. */
const MIN_OPACITY = 0.1;
/** Text whose contrast ratio with its background is below this cannot be told from it. */
const MIN_CONTRAST = 1.2;
/** Boxes smaller than this (px) with overflow clipped show nothing. */
const MIN_BOX_PX = 2;
/** Positioned this far off the page (px), an element is out of reach. */
const FAR_OFF_PX = 1000;

export interface VisibilityReader {
  hidesSubtree(el: Element): boolean;
  hidesText(el: Element): boolean;
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Parses the colours getComputedStyle returns (`rgb()`/`rgba()`), plus hex and a few names. */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (v === 'white') return WHITE;
  if (v === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  const fn = /^rgba?\(([^)]*)\)$/.exec(v);
  if (fn) {
    const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const alpha =
      parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    const c = { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: alpha };
    return [c.r, c.g, c.b, c.a].every(Number.isFinite) ? c : null;
  }
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex && (hex.length === 3 || hex.length === 4)) {
    const d = [...hex].map((h) => parseInt(h + h, 16));
    return { r: d[0]!, g: d[1]!, b: d[2]!, a: d[3] === undefined ? 1 : d[3] / 255 };
  }
  if (hex && (hex.length === 6 || hex.length === 8)) {
    const d = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return { r: d[0]!, g: d[1]!, b: d[2]!, a: hex.length === 8 ? d[3]! / 255 : 1 };
  }
  return null;
}

function over(top: Rgba, below: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + below.r * (1 - a),
    g: top.g * a + below.g * (1 - a),
    b: top.b * a + below.b * (1 - a),
    a: 1,
  };
}

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 (identical) to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const px = (value: string) => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : null;
};

/** A `matrix(a, b, c, d, …)` that squashes the element to nothing (scale(0)). */
function squashed(transform: string): boolean {
  const m = /^matrix\(([^)]*)\)$/.exec(transform);
  if (!m) return /scale\(\s*0\s*\)/.test(transform);
  const [a = 1, b = 0, c = 0, d = 1] = m[1]!.split(',').map(Number);
  return Math.abs(a * d - b * c) < 1e-6;
}

function inlineHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/**
 * Attributes that cannot hide anything (no style sheet of the mail's own can target them
 * when it has none): an element with only these is as plain as one with none.
 */
const HARMLESS_ATTRIBUTE =
  /^(dir|lang|title|translate|align|valign|cellpadding|cellspacing|border|role|aria-[a-z-]+)$/i;

/** Tags the browser's own style sheet shows differently from a plain element. */
const ALWAYS_CHECK = /^(A|DIALOG|DETAILS|DATALIST|FONT|SMALL|SUB|SUP|BIG)$/;

export function visibilityReader(root: Element, options: { mailStyles?: boolean } = {}): VisibilityReader {
  const win = root.ownerDocument.defaultView;
  const mailStyles = options.mailStyles ?? root.querySelector('style, link[rel~="stylesheet" i]') !== null;
  /** An element whose computed style can only be its parent's, as far as hiding goes. */
  const plain = (el: Element) =>
    !mailStyles &&
    el !== root &&
    !ALWAYS_CHECK.test(el.tagName.toUpperCase()) &&
    Array.from(el.attributes).every((a) => HARMLESS_ATTRIBUTE.test(a.name));
  const textAnswers = new Map<Element, boolean>();
  const styles = new Map<Element, CSSStyleDeclaration>();
  const backgrounds = new Map<Element, Rgba | null>();
  const style = (el: Element): CSSStyleDeclaration | null => {
    if (!win?.getComputedStyle) return null;
    let s = styles.get(el);
    if (!s) styles.set(el, (s = win.getComputedStyle(el)));
    return s;
  };
  let layout: boolean | undefined;
  const hasLayout = () => {
    if (layout === undefined) {
      const box = root.getBoundingClientRect();
      layout = box.width > 0 || box.height > 0;
    }
    return layout;
  };

  /** The opaque colour behind `el`'s text; null when an image is behind it (cannot tell). */
  const backgroundOf = (el: Element | null): Rgba | null => {
    if (!el) return WHITE; // the canvas
    if (backgrounds.has(el)) return backgrounds.get(el)!;
    const s = style(el);
    let result: Rgba | null;
    if (s && /url\(|gradient\(|image\(/i.test(s.backgroundImage)) result = null;
    else {
      const own = s ? parseColor(s.backgroundColor) : null;
      const below = own && own.a >= 1 ? WHITE : backgroundOf(el.parentElement);
      result = own && own.a > 0 && below ? over(own, below) : below;
    }
    backgrounds.set(el, result);
    return result;
  };

  const outOfSight = (el: Element, s: CSSStyleDeclaration): boolean => {
    const positioned = s.position === 'absolute' || s.position === 'fixed';
    if (positioned) {
      const left = px(s.left);
      const top = px(s.top);
      if ((left !== null && left <= -FAR_OFF_PX) || (top !== null && top <= -FAR_OFF_PX)) return true;
      const clip = /^rect\(([^)]*)\)$/.exec(s.clip ?? '');
      if (clip) {
        const [t = 0, r = 0, b = 0, l = 0] = clip[1]!.split(/[\s,]+/).map((v) => px(v) ?? 0);
        if (b - t < MIN_BOX_PX || r - l < MIN_BOX_PX) return true;
      }
    }
    if ((px(s.marginLeft) ?? 0) <= -FAR_OFF_PX || (px(s.marginTop) ?? 0) <= -FAR_OFF_PX) return true;
    const transformed = s.transform !== '' && s.transform !== 'none';
    if (transformed && squashed(s.transform)) return true;
    const clipped = s.overflow !== '' && s.overflow !== 'visible';
    if (clipped) {
      const height = px(s.height) ?? px(s.maxHeight);
      const width = px(s.width) ?? px(s.maxWidth);
      if ((height !== null && height < MIN_BOX_PX) || (width !== null && width < MIN_BOX_PX)) return true;
    }
    if ((positioned || transformed || clipped || s.position === 'relative') && hasLayout()) {
      const box = el.getBoundingClientRect();
      const doc = el.ownerDocument.documentElement;
      // Entirely left of or above the page's origin, or right of/below everything: unreachable.
      if (box.right + (win?.scrollX ?? 0) <= 0 || box.bottom + (win?.scrollY ?? 0) <= 0) return true;
      if (box.left >= Math.max(doc.scrollWidth, doc.clientWidth) + FAR_OFF_PX) return true;
      if (clipped && (box.width < MIN_BOX_PX || box.height < MIN_BOX_PX)) return true;
    }
    return false;
  };

  const subtreeAnswers = new Map<Element, boolean>();
  const subtreeHidden = (el: Element): boolean => {
    if (inlineHidden(el)) return true;
    if (plain(el)) return false;
    const s = style(el);
    if (!s) return false;
    if (s.display === 'none') return true;
    const opacity = px(s.opacity);
    if (opacity !== null && opacity < MIN_OPACITY) return true;
    return outOfSight(el, s);
  };

  const ownTextHidden = (el: Element): boolean => {
    const s = style(el);
    if (!s) return false;
    if (s.visibility === 'hidden' || s.visibility === 'collapse') return true;
    const size = px(s.fontSize);
    if (size !== null && size < MIN_FONT_PX) return true;
    const indent = px(s.textIndent);
    if (indent !== null && indent <= -FAR_OFF_PX) return true;
    const color = parseColor(s.color);
    if (!color) return false;
    if (color.a < MIN_OPACITY) return true;
    const background = backgroundOf(el);
    return background !== null && contrastRatio(over(color, background), background) < MIN_CONTRAST;
  };

  const textHidden = (el: Element): boolean => {
    let answer = textAnswers.get(el);
    if (answer === undefined) {
      const parent = el.parentElement;
      answer = plain(el) && parent ? textHidden(parent) : ownTextHidden(el);
      textAnswers.set(el, answer);
    }
    return answer;
  };

  return {
    hidesSubtree(el) {
      let answer = subtreeAnswers.get(el);
      if (answer === undefined) subtreeAnswers.set(el, (answer = subtreeHidden(el)));
      return answer;
    },
    hidesText: textHidden,
  };
}
