import { isInvisibleChar, stripInvisible } from '../../extract/normalize';
import { isSpace } from '../../core/whiteSpace';
import { QUOTED, SIGNATURE } from '../../mail/gmail/selectors';
import { runToEnd, type Steps } from '../../mail/slices';
import { visibilityReader, type VisibilityReader } from '../../mail/visibleText';

/**
 * Where a sentence the adapter read lies in a message body's DOM, as a Range.
 *
 * The adapter's text (bodyText) collapses whitespace and lays blocks out on separate lines,
 * so the body's text nodes are read the same way: every run of whitespace (no-break spaces
 * included) counts as one space, and a block boundary or a `<br>` counts as whitespace
 * between the text on either side. Each character of that normalised text remembers the
 * text node and offset it came from, so a match maps straight back to a Range spanning
 * however many text nodes (bold words, links) the sentence is split across.
 *
 * Invisible characters (zero-width spaces, bidi controls: see src/extract/normalize.ts) are
 * left out of both sides, as extraction leaves them out, so "$9\u200B,900" in the DOM matches
 * the quote however either side spells it, and the Range still starts and ends on the DOM's
 * own characters.
 *
 * Quoted history, signatures and text the reader cannot see (src/mail/visibleText.ts) are
 * skipped as the adapter skips them: a sentence repeated
 * in the quote of a later reply belongs to the message that said it, not to the quote.
 */

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CENTER|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|THEAD|TFOOT|TR|TD|TH|UL)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TEXTAREA|SELECT|BUTTON|SVG|ACCORD-CHIP)$/;

interface Position {
  node: Text;
  offset: number;
}

/**
 * Character positions, kept as two parallel arrays (the text node and the offset of each
 * character) rather than one object per character: a 100 KB body is 100,000 of them.
 */
interface Positions {
  text: string;
  nodes: Text[];
  offsets: number[];
}

/**
 * The normalised text of `body`, with the DOM position of each of its characters; yields
 * after each text node, so a heavy body is read in slices (src/mail/slices.ts).
 */
function* readPositions(body: Element, seen: VisibilityReader): Steps<Positions> {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType !== 1) {
        const parent = node.parentElement;
        return parent && seen.hidesText(parent) ? 3 : 1; // FILTER_SKIP : FILTER_ACCEPT
      }
      const el = node as Element;
      if (SKIP.test(el.tagName.toUpperCase())) return 2; // FILTER_REJECT: the whole subtree
      // Quote and signature selectors all need a class or attribute (see bodyText.ts).
      if (el.attributes.length > 0 && (el.matches(SIGNATURE) || el.matches(QUOTED))) return 2;
      if (seen.hidesSubtree(el)) return 2;
      return 1;
    },
  });
  const chunks: string[] = [];
  let length = 0;
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let pendingSpace: Position | null = null;
  let lastBlock: Element | null = null;
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // A <br> separates the words around it; so does leaving or entering a block.
      if ((node as Element).tagName.toUpperCase() === 'BR' && lastText) {
        pendingSpace ??= { node: lastText, offset: lastText.data.length };
      }
      continue;
    }
    const textNode = node as Text;
    const block = blockOf(textNode, body);
    if (lastText && block !== lastBlock) pendingSpace ??= { node: lastText, offset: lastText.data.length };
    const data = textNode.data;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (c >= 0xad && isInvisibleChar(data.charAt(i))) continue;
      if (isSpace(c)) {
        pendingSpace ??= { node: textNode, offset: i };
        continue;
      }
      if (pendingSpace && length > 0) {
        chunks.push(' ');
        nodes.push(pendingSpace.node);
        offsets.push(pendingSpace.offset);
        length++;
      }
      pendingSpace = null;
      chunks.push(data.charAt(i));
      nodes.push(textNode);
      offsets.push(i);
      length++;
    }
    lastBlock = block;
    lastText = textNode;
    yield;
  }
  return { text: chunks.join(''), nodes, offsets };
}

function blockOf(node: Node, body: Element): Element {
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
    if (BLOCK.test(el.tagName.toUpperCase())) return el;
  }
  return body;
}

export function normaliseQuote(quote: string): string {
  return stripInvisible(quote)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Finds quotes in one body, reading its text positions once (on the first call), however
 * many quotes are asked for: reading them again per quote made a message of 2,000 marked
 * sentences take 50 s. The body must not change between calls (a chip inserted splits text
 * nodes): make a new finder after changing it. Pass the same `seen` to the new one: chips
 * change no element's style, and reusing its answers spares a forced re-layout of the page.
 */
export function quoteFinderSteps(
  body: Element,
  seen: VisibilityReader = visibilityReader(body),
): (quote: string) => Steps<Range | null> {
  let positions: Positions | null = null;
  return function* (quote) {
    const wanted = normaliseQuote(quote);
    if (!wanted) return null;
    positions ??= yield* readPositions(body, seen);
    const { text, nodes, offsets } = positions;
    const index = text.indexOf(wanted);
    if (index < 0) return null;
    const end = index + wanted.length - 1;
    const first = nodes[index];
    const last = nodes[end];
    if (!first || !last) return null;
    const range = body.ownerDocument.createRange();
    range.setStart(first, offsets[index]!);
    range.setEnd(last, offsets[end]! + 1);
    return range;
  };
}

/** As quoteFinderSteps, each quote found at once. */
export function quoteFinder(body: Element, seen?: VisibilityReader): (quote: string) => Range | null {
  const find = quoteFinderSteps(body, seen);
  return (quote) => runToEnd(find(quote));
}

/** A Range over the first occurrence of `quote` in `body`'s own words, or null. */
export function findQuote(body: Element, quote: string): Range | null {
  return quoteFinder(body)(quote);
}
