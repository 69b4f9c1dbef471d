import { CHIP_TAG, createChip } from './chip';
import { quoteFinderSteps } from './findQuote';
import { runToEnd, type Steps } from '../../mail/slices';
import { grouped, moreKey } from '../../ui/sidebar/actions';
import { ensureHighlightStyle, highlightName, removeHighlightStyle } from './style';
import type { ApplyResult, HighlightOptions, Mark, MarkStatus } from './types';

/**
 * In-thread highlights: the sentences behind the sidebar's items and suggestions, marked in
 * the email itself without changing its text.
 *
 * The colour is painted with the CSS Custom Highlight API (ranges registered in
 * `CSS.highlights`, no element wrapped around any word); the only node added is a status
 * chip after each sentence, whose text lives in its shadow root. Where the chip falls
 * inside a text node, that node is split, and clearing joins it back, so the body's DOM text
 * is exactly what it was. Where the Highlight API is missing (older Firefox), chips only.
 *
 * Heavy messages stay light (issue 10, item 6): each body's text positions are read once
 * for all its quotes, at most `maxPerMessage`
 * sentences are marked per message, and a "+N more" chip at the end of the body counts the
 * rest (those over the cap here and those the worker did not send).
 */

/** At most this many sentences are marked in one message. */
export const MAX_MARKS_PER_MESSAGE = 50;

interface Split {
  head: Text;
  tail: Text;
  /** The offset in `head` where it was split. */
  at: number;
}

interface Applied {
  chips: Element[];
  splits: Split[];
  names: Set<string>;
}

const applied = new WeakMap<Document, Applied>();

function highlightApi(doc: Document): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  const ctor = win && 'Highlight' in win ? win.Highlight : undefined;
  return registry && typeof ctor === 'function' ? { registry, Highlight: ctor } : null;
}

/** Puts the chip right after the range's last character, splitting its text node if needed. */
function insertAfterRange(range: Range, chip: Element, splits: Split[]): void {
  const node = range.endContainer;
  if (node.nodeType !== 3) {
    node.insertBefore(chip, node.childNodes[range.endOffset] ?? null);
    return;
  }
  const text = node as Text;
  if (range.endOffset < text.length) {
    const at = range.endOffset;
    const tail = text.splitText(at);
    splits.push({ head: text, tail, at });
  }
  text.after(chip);
}

/**
 * Marks every quote found in its message's body and returns which marks were applied and
 * which were not found. Applying again replaces what was there: never two chips for a mark.
 * `bodies` comes from the host adapter (HostAdapter.messageBodies), by the ids it gave.
 */
export function applyHighlights(
  doc: Document,
  marks: Mark[],
  onActivate: (id: string) => void,
  bodies: Map<string, Element>,
  options: HighlightOptions = {},
): ApplyResult {
  return runToEnd(applyHighlightsSteps(doc, marks, onActivate, bodies, options));
}

/**
 * As applyHighlights, in steps (src/mail/slices.ts): the bodies' text is read in slices,
 * then every chip and highlight goes in at once, in the last step.
 */
export function* applyHighlightsSteps(
  doc: Document,
  marks: Mark[],
  onActivate: (id: string) => void,
  bodies: Map<string, Element>,
  options: HighlightOptions = {},
): Steps<ApplyResult> {
  clearHighlights(doc);
  const max = options.maxPerMessage ?? MAX_MARKS_PER_MESSAGE;
  const result: ApplyResult = { applied: [], missing: [] };
  const capped: string[] = [];
  const state: Applied = { chips: [], splits: [], names: new Set() };
  const found: { mark: Mark; body: Element; range: Range; start: Boundary; end: Boundary }[] = [];
  const seen = new Set<string>();
  const perMessage = new Map<string, number>();
  const more = new Map<string, number>(Object.entries(options.more ?? {}));
  const finders = new Map<Element, (quote: string) => Steps<Range | null>>();
  const finderFor = (body: Element) => {
    let find = finders.get(body);
    if (!find) finders.set(body, (find = quoteFinderSteps(body)));
    return find;
  };
  for (const mark of marks) {
    if (seen.has(mark.id)) continue;
    seen.add(mark.id);
    const body = bodies.get(mark.messageId);
    const marked = perMessage.get(mark.messageId) ?? 0;
    if (body && marked >= max) {
      capped.push(mark.id);
      more.set(mark.messageId, (more.get(mark.messageId) ?? 0) + 1);
      continue;
    }
    const range = body ? yield* finderFor(body)(mark.quote) : null;
    if (body && range) {
      const start: Boundary = [range.startContainer, range.startOffset];
      found.push({ mark, body, range, start, end: [range.endContainer, range.endOffset] });
      perMessage.set(mark.messageId, marked + 1);
    } else result.missing.push(mark.id);
  }
  if (capped.length > 0) result.capped = capped;
  // The bodies were read over several tasks: a sentence the host changed meanwhile (its live
  // range moved) is not marked, as its chip could land astray.
  const moved = ({ range: r, start, end }: (typeof found)[number]) =>
    r.startContainer !== start[0] ||
    r.startOffset !== start[1] ||
    r.endContainer !== end[0] ||
    r.endOffset !== end[1];
  for (const f of found.filter(moved)) result.missing.push(f.mark.id);
  const placed = found.filter((f) => !moved(f));

  // Chips go in from the last sentence end to the first: a split made for one chip then
  // never moves the end of a sentence still waiting for its chip.
  const byEndDescending = [...placed].sort((a, b) =>
    b.range.compareBoundaryPoints(Range.END_TO_END, a.range),
  );
  for (const { mark, range } of byEndDescending) {
    const chip = createChip(doc, mark, onActivate);
    insertAfterRange(range, chip, state.splits);
    state.chips.push(chip);
  }
  result.applied.push(...placed.map((f) => f.mark.id));
  for (const [messageId, count] of more) {
    const body = bodies.get(messageId);
    if (!body || count <= 0) continue;
    const chip = createChip(doc, moreMark(messageId, count), onActivate);
    body.append(chip);
    state.chips.push(chip);
  }

  const api = highlightApi(doc);
  if (api && placed.length > 0) {
    // The ranges found above are moved across the chips' splits, not found again: a second
    // read of each body cost a heavy message a long task.
    const byStatus = new Map<MarkStatus, Range[]>();
    for (const { mark, start, end } of placed) {
      const range = doc.createRange();
      range.setStart(...afterSplits(start, state.splits));
      range.setEnd(...afterSplits(end, state.splits));
      const ranges = byStatus.get(mark.status);
      if (ranges) ranges.push(range);
      else byStatus.set(mark.status, [range]);
    }
    ensureHighlightStyle(doc);
    for (const [status, ranges] of byStatus) {
      const name = highlightName(status);
      api.registry.set(name, new api.Highlight(...ranges));
      state.names.add(name);
    }
  }
  applied.set(doc, state);
  return result;
}

type Boundary = [Node, number];

/**
 * Where a boundary taken before the chips went in is now: each split (in the order made)
 * moved the text after its point into the split's tail. Computed here rather than trusted to
 * the engine's live ranges, which not every engine moves across `splitText`.
 */
function afterSplits([node, offset]: Boundary, splits: Split[]): Boundary {
  let at = node;
  let rest = offset;
  for (const split of splits) {
    if (split.head === at && rest > split.at) {
      at = split.tail;
      rest -= split.at;
    }
  }
  return [at, rest];
}

function moreMark(messageId: string, count: number): Mark {
  const n = grouped(count);
  return {
    id: moreKey(messageId),
    messageId,
    quote: '',
    status: 'suggested',
    label: `${n} more sentences Accord found in this message are not marked`,
    chipText: `+${n} more`,
  };
}

/**
 * Removes every chip and highlight Accord put in the page, including any left by an earlier
 * copy of the content script (the extension was updated while Gmail was open), and joins
 * the text nodes chips had split.
 */
export function clearHighlights(doc: Document): void {
  const state = applied.get(doc);
  applied.delete(doc);
  const api = highlightApi(doc);
  if (api) {
    for (const name of Array.from(api.registry.keys())) {
      if (name.startsWith('accord-')) api.registry.delete(name);
    }
  }
  removeHighlightStyle(doc);
  state?.chips.forEach((chip) => chip.remove());
  doc.querySelectorAll(CHIP_TAG).forEach((chip) => chip.remove());
  // Last split first: a node split twice is joined back from its end.
  for (const { head, tail } of (state?.splits ?? []).reverse()) {
    if (head.nextSibling === tail) {
      head.appendData(tail.data);
      tail.remove();
    }
  }
}
