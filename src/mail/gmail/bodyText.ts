import { runToEnd, type Steps } from '../slices';
import { visibilityReader, type VisibilityReader } from '../visibleText';
import { FORWARD_MARKER, QUOTE_ATTRIBUTION, QUOTED, SIGNATURE } from './selectors';

/**
 * A message body's own words as plain text.
 *
 * Walks the DOM and reads text nodes only (never markup), so whatever HTML a sender put in
 * a body reaches Accord as the text a reader sees. Block elements and `<br>` become line
 * breaks, the way `innerText` would lay them out; `innerText` itself is not used because it
 * needs layout (absent in tests) and would force a reflow on Gmail's page.
 *
 * Skipped: quoted history and signatures Gmail marks (see selectors.ts), Gmail's trimmed
 * content, non-text elements, and text the reader cannot see (src/mail/visibleText.ts:
 * `display:none`, `hidden`, font-size 0, same colour as its background, opacity 0,
 * `visibility:hidden`, off-screen or in a zero-size clipped box, whether set inline or by a
 * class from a <style> in the mail).
 * A forwarded message is kept: it is not history of this thread but what is being passed on.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'IMG',
  'VIDEO',
  'AUDIO',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A quote that carries a forward ("---------- Forwarded message ---------") is content, not history. */
function isForward(el: Element): boolean {
  const attribution = el.querySelector(QUOTE_ATTRIBUTION);
  return attribution != null && FORWARD_MARKER.test(attribution.textContent ?? '');
}

interface Walk {
  removeQuotes: boolean;
  seen: VisibilityReader;
}

function isExcluded(el: Element, w: Walk): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  // Every quote and signature selector needs a class or an attribute: most elements of a
  // long body have none, and two selector matches each added up on a 2,000-line message.
  if (el.attributes.length > 0) {
    if (el.matches(SIGNATURE)) return true;
    if (w.removeQuotes && el.matches(QUOTED) && !isForward(el)) return true;
  }
  return w.seen.hidesSubtree(el);
}

/**
 * Text pieces plus "required line breaks" between blocks, as innerText has them: the
 * boundaries of adjacent blocks collapse into one break (two around a paragraph) instead of
 * stacking up, while a `<br>` is a real newline.
 */
interface Output {
  text: string[];
  pendingBreaks: number;
  pre: number;
}

function requireBreaks(out: Output, n: number): void {
  out.pendingBreaks = Math.max(out.pendingBreaks, n);
}

function emit(out: Output, text: string, literal = false): void {
  if (out.pendingBreaks > 0) {
    // Whitespace between blocks is layout, not content.
    if (!literal && out.pre === 0 && text.trim() === '') return;
    if (out.text.length > 0) out.text.push('\n'.repeat(out.pendingBreaks));
    out.pendingBreaks = 0;
  }
  out.text.push(text);
}

/** Yields after each text node: a heavy body is read in slices (src/mail/slices.ts). */
function* walk(node: Node, out: Output, w: Walk, textHidden: boolean): Steps<void> {
  if (node.nodeType === TEXT_NODE) {
    if (textHidden) return;
    const text = (node.nodeValue ?? '').replace(/[\u00a0]/g, ' ');
    emit(out, out.pre > 0 ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
    yield;
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR') return emit(out, '\n', true);
  // Only the element itself is checked: the walk never descends into an excluded element.
  if (isExcluded(el, w)) return;
  const hidden = w.seen.hidesText(el);
  const breaks = tag === 'P' ? 2 : BLOCK.has(tag) ? 1 : 0;
  requireBreaks(out, breaks);
  if (tag === 'PRE') out.pre++;
  for (let child = el.firstChild; child; child = child.nextSibling) yield* walk(child, out, w, hidden);
  if (tag === 'PRE') out.pre--;
  requireBreaks(out, breaks);
  if (CELL.has(tag)) emit(out, ' ');
}

/** Trim each line, drop leading/trailing blank lines, keep at most one blank line in a row. */
function tidy(raw: string): string {
  const lines = raw.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** The text of a body element, in steps; `removeQuotes: false` keeps quoted history (snippets). */
export function* bodyTextSteps(body: Element, options: { removeQuotes?: boolean } = {}): Steps<string> {
  const out: Output = { text: [], pendingBreaks: 0, pre: 0 };
  const w: Walk = { removeQuotes: options.removeQuotes ?? true, seen: visibilityReader(body) };
  const hidden = w.seen.hidesText(body);
  for (let child = body.firstChild; child; child = child.nextSibling) yield* walk(child, out, w, hidden);
  return tidy(out.text.join(''));
}

/** The text of a body element, read at once. */
export function bodyText(body: Element, options: { removeQuotes?: boolean } = {}): string {
  return runToEnd(bodyTextSteps(body, options));
}
