import { runToEnd, type Steps } from '../slices';
import { visibilityReader, type VisibilityReader } from '../visibleText';
import { HISTORY_HEADER_LABELS, HISTORY_START, OTHER_QUOTES, SIGNATURE } from './selectors';

/**
 * An Outlook message body's own words as plain text, in the same shape as Gmail's reader
 * (src/mail/gmail/bodyText.ts): text nodes only, never markup, blocks and `<br>` as line
 * breaks the way `innerText` lays them out, without `innerText` (it needs layout and would
 * force a reflow on Outlook's page).
 *
 * Text the reader cannot see is skipped exactly as in Gmail's reader, by the host-neutral
 * src/mail/visibleText.ts (font-size 0, white on white, opacity 0, visibility hidden, a class
 * from a <style> in the mail, off-screen, a zero-size clipped box). Outlook's reader passes
 * `mailStyles: true` (2026-12): Outlook rewrites a mail's <style> rules to scoped selectors
 * (`.rps_1a2b .x_…`) and its own page sheet styles elements inside the body, so an element
 * without a style attribute of its own may still be hidden by CSS that is not in the body;
 * every element gets a computed style (Chrome computes them once while nothing changes).
 *
 * Outlook does not wrap quoted history in one element: a reply's own text is followed by
 * `appendonsend`, an `<hr>` and the `divRplyFwdMsg` block (From / Sent / To / Subject in the
 * writer's language), then the earlier mail as plain siblings. So history is "everything
 * from the first marker on, in document order": the walk stops there. An `<hr>` followed by
 * a From/Sent/Subject block (English or German) counts as a marker too, for mail written
 * in other programs. Quotes other programs mark (Gmail's, Apple Mail's) and Outlook's own
 * signature block are skipped where they stand.
 */

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CENTER|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|THEAD|TFOOT|TR|UL)$/;
const CELL = /^(TD|TH)$/;
const SKIP =
  /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|HEAD|TITLE|META|LINK|IFRAME|OBJECT|EMBED|SVG|CANVAS|IMG|VIDEO|AUDIO|INPUT|SELECT|TEXTAREA|BUTTON|ACCORD-CHIP)$/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Output {
  text: string[];
  pendingBreaks: number;
  pre: number;
  /** The first element of quoted history; reaching it ends the walk. */
  cut: Element | null;
  stopped: boolean;
  skip: ((el: Element) => boolean) | null;
  seen: VisibilityReader;
}

/** The header block after an `<hr>` reads "From: … Sent: … Subject: …" in one language. */
function looksLikeHistoryHeader(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, 600);
  return HISTORY_HEADER_LABELS.some(
    (l) =>
      flat.startsWith(l.from) && l.sent.some((label) => flat.includes(label)) && flat.includes(l.subject),
  );
}

/** Where quoted history starts in `body`, or null when the body quotes nothing. */
export function historyStart(body: Element): Element | null {
  const marker = body.querySelector(HISTORY_START);
  for (const hr of Array.from(body.querySelectorAll('hr'))) {
    if (marker && marker.compareDocumentPosition(hr) & 4 /* FOLLOWING */) break;
    let next = hr.nextElementSibling;
    // Outlook puts an empty div or two between the rule and the header block.
    while (next && (next.textContent ?? '').trim() === '') next = next.nextElementSibling;
    if (next && looksLikeHistoryHeader(next.textContent ?? '')) return hr;
  }
  return marker;
}

function requireBreaks(out: Output, n: number): void {
  out.pendingBreaks = Math.max(out.pendingBreaks, n);
}

function emit(out: Output, text: string, literal = false): void {
  if (out.pendingBreaks > 0) {
    if (!literal && out.pre === 0 && text.trim() === '') return;
    if (out.text.length > 0) out.text.push('\n'.repeat(out.pendingBreaks));
    out.pendingBreaks = 0;
  }
  out.text.push(text);
}

/** Yields after each text node: a heavy body is read in slices (src/mail/slices.ts). */
function* walk(node: Node, out: Output, removeQuotes: boolean, textHidden: boolean): Steps<void> {
  if (out.stopped) return;
  if (node.nodeType === TEXT_NODE) {
    if (textHidden) return;
    const text = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
    emit(out, out.pre > 0 ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
    yield;
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (removeQuotes && el === out.cut) {
    out.stopped = true;
    return;
  }
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR') return emit(out, '\n', true);
  if (SKIP.test(tag) || out.skip?.(el)) return;
  if (removeQuotes && (el.matches(OTHER_QUOTES) || el.matches(SIGNATURE))) return;
  // Only the element itself is asked: the walk never descends into a hidden subtree.
  if (out.seen.hidesSubtree(el)) return;
  const hidden = out.seen.hidesText(el);
  const breaks = tag === 'P' ? 2 : BLOCK.test(tag) ? 1 : 0;
  requireBreaks(out, breaks);
  if (tag === 'PRE') out.pre++;
  for (let child = el.firstChild; child && !out.stopped; child = child.nextSibling) {
    yield* walk(child, out, removeQuotes, hidden);
  }
  if (tag === 'PRE') out.pre--;
  requireBreaks(out, breaks);
  if (CELL.test(tag)) emit(out, ' ');
}

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

interface BodyOptions {
  removeQuotes?: boolean;
  skip?: (el: Element) => boolean;
}

/**
 * The text of a body element, in steps; `removeQuotes: false` keeps history (collapsed
 * previews); `skip` leaves out elements of Outlook's own chrome (a collapsed message's header).
 */
export function* outlookBodyTextSteps(body: Element, options: BodyOptions = {}): Steps<string> {
  const removeQuotes = options.removeQuotes ?? true;
  const out: Output = {
    text: [],
    pendingBreaks: 0,
    pre: 0,
    cut: removeQuotes ? historyStart(body) : null,
    stopped: false,
    skip: options.skip ?? null,
    seen: visibilityReader(body, { mailStyles: true }),
  };
  const hidden = out.seen.hidesText(body);
  for (let child = body.firstChild; child && !out.stopped; child = child.nextSibling) {
    yield* walk(child, out, removeQuotes, hidden);
  }
  return tidy(out.text.join(''));
}

/** The text of a body element, read at once. */
export function outlookBodyText(body: Element, options: BodyOptions = {}): string {
  return runToEnd(outlookBodyTextSteps(body, options));
}
