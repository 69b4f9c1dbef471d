import { CHIP_TAG, createChip } from './chip';
import { findQuote } from './findQuote';
import { ensureHighlightStyle, highlightName, removeHighlightStyle } from './style';
import type { ApplyResult, Mark, MarkStatus } from './types';

/**
 * In-thread highlights: the sentences behind the sidebar's items and suggestions, marked in
 * the email itself without changing its text.
 *
 * The colour is painted with the CSS Custom Highlight API (ranges registered in
 * `CSS.highlights`, no element wrapped around any word); the only node added is a status
 * chip after each sentence, whose text lives in its shadow root. Where the chip falls
 * inside a text node, that node is split, and clearing joins it back, so the body's DOM text
 * is exactly what it was. Where the Highlight API is missing (older Firefox), chips only.
 */

interface Split {
  head: Text;
  tail: Text;
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
    const tail = text.splitText(range.endOffset);
    splits.push({ head: text, tail });
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
): ApplyResult {
  clearHighlights(doc);
  const result: ApplyResult = { applied: [], missing: [] };
  const state: Applied = { chips: [], splits: [], names: new Set() };
  const found: { mark: Mark; body: Element; range: Range }[] = [];
  const seen = new Set<string>();
  for (const mark of marks) {
    if (seen.has(mark.id)) continue;
    seen.add(mark.id);
    const body = bodies.get(mark.messageId);
    const range = body ? findQuote(body, mark.quote) : null;
    if (body && range) found.push({ mark, body, range });
    else result.missing.push(mark.id);
  }

  // Chips go in from the last sentence end to the first: a split made for one chip then
  // never moves the end of a sentence still waiting for its chip.
  const byEndDescending = [...found].sort((a, b) => b.range.compareBoundaryPoints(Range.END_TO_END, a.range));
  for (const { mark, range } of byEndDescending) {
    const chip = createChip(doc, mark, onActivate);
    insertAfterRange(range, chip, state.splits);
    state.chips.push(chip);
  }
  result.applied.push(...found.map((f) => f.mark.id));

  const api = highlightApi(doc);
  if (api && found.length > 0) {
    // Found again now the chips are in: the walk skips chips, and fresh ranges do not rely
    // on every engine moving live ranges across the splits above.
    const byStatus = new Map<MarkStatus, Range[]>();
    for (const { mark, body } of found) {
      const range = findQuote(body, mark.quote);
      if (range) byStatus.set(mark.status, [...(byStatus.get(mark.status) ?? []), range]);
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
