/**
 * Character normalisation before matching.
 *
 * Three steps. Invisible characters (zero-width spaces and joiners, the soft hyphen, the byte
 * order mark, bidirectional marks, embeddings, overrides and isolates) are removed: they draw
 * nothing, so "$9\u200B,900" is read as the "$9,900" a reader sees, not as "$9". Then each
 * curly quote, odd space or dash is replaced by exactly one plain character, since patterns are
 * written against straight quotes and plain spaces. Last, "ill" typed for "I'll" gets its
 * apostrophe back where a clause opens on it before a verb (apostrophes.ts).
 *
 * Removal and insertion shift offsets, so `normalizeText` keeps, for every character it returns, the offset
 * it came from: a span found in the normalised copy maps back (`originalSpan`) to the span of
 * the original text that covers the same visible characters. Most messages hold no invisible
 * character and no "ill"; for those the copy has the same offsets and no map is built.
 *
 * Bidirectional controls are also a forging tool ("Please pay \u202E005,9$\u202C" is displayed
 * as "$9,500"): `hasBidiControl` lets extraction flag an amount read under one instead of
 * trusting either reading.
 */

import { withApostrophes } from './apostrophes';

export const NORMALIZE_PATTERNS = {
  /** Any character the one-for-one loop below would change; most messages have none. */
  special: /[\u2019\u2018\u02bc\u2032\u201c\u201d\u00a0\u2007\u202f\u2009\u2013\u2014\r]/,
  /**
   * Characters that draw nothing: soft hyphen, Arabic letter mark, Mongolian vowel separator,
   * zero-width space / non-joiner / joiner, LRM / RLM, bidi embeddings and overrides (202A–202E),
   * word joiner and invisible operators (2060–2064), bidi isolates (2066–2069), BOM.
   */
  invisible: /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/,
  /** Bidirectional marks and controls: they can reorder what the reader sees. */
  bidi: /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
} as const;

const INVISIBLE_ALL = new RegExp(NORMALIZE_PATTERNS.invisible.source, 'g');

/** The text without its invisible characters (used where no offsets are kept, e.g. a quote). */
export function stripInvisible(text: string): string {
  return NORMALIZE_PATTERNS.invisible.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

export function isInvisibleChar(ch: string): boolean {
  return NORMALIZE_PATTERNS.invisible.test(ch);
}

export function hasBidiControl(text: string): boolean {
  return NORMALIZE_PATTERNS.bidi.test(text);
}

/** What each special character becomes (CR is decided by what follows it). */
const REPLACEMENT: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2013': '-',
  '\u2014': '-',
};
const SPECIAL_ALL = new RegExp(NORMALIZE_PATTERNS.special.source, 'g');

/**
 * One-for-one replacement of curly quotes, odd spaces, dashes and CR: offsets stay valid. One
 * native replace, not a string built a character at a time (a 1 MB message took 100 ms that way).
 */
export function normalizeForMatching(text: string): string {
  if (!NORMALIZE_PATTERNS.special.test(text)) return text;
  return text.replace(SPECIAL_ALL, (c: string, i: number) =>
    c === '\r' ? (text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n') : (REPLACEMENT[c] ?? c),
  );
}

export interface NormalizedText {
  /** The text to match against: invisible characters removed, then `normalizeForMatching`. */
  text: string;
  /**
   * `origin[i]` is the offset in the original text of `text[i]`; null when nothing was
   * removed or inserted (offsets are the same).
   */
  origin: Uint32Array | null;
  /** Whether the original held any bidirectional mark or control. */
  bidi: boolean;
}

export function normalizeText(original: string): NormalizedText {
  if (!NORMALIZE_PATTERNS.invisible.test(original)) {
    return { ...withApostrophes(normalizeForMatching(original), null), bidi: false };
  }
  // Copy the runs between invisible characters and number their offsets in a plain loop, rather
  // than testing and pushing every character (200 ms on a 1 MB message holding one joiner).
  const kept: string[] = [];
  const origin = new Uint32Array(original.length);
  let n = 0;
  let from = 0;
  INVISIBLE_ALL.lastIndex = 0;
  for (let m = INVISIBLE_ALL.exec(original); ; m = INVISIBLE_ALL.exec(original)) {
    const to = m ? m.index : original.length;
    if (to > from) kept.push(original.slice(from, to));
    for (let i = from; i < to; i++) origin[n++] = i;
    if (!m) break;
    from = m.index + m[0].length;
  }
  return {
    ...withApostrophes(normalizeForMatching(kept.join('')), origin.subarray(0, n)),
    bidi: NORMALIZE_PATTERNS.bidi.test(original),
  };
}

/**
 * The original span covering the normalised `[start, end)`: from its first visible
 * character to just after its last one (invisible characters inside are kept, so
 * `original.slice(span.start, span.end)` is exactly what the message holds there).
 */
export function originalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { origin } = norm;
  if (!origin || end <= start) return { start, end };
  return { start: origin[start]!, end: origin[end - 1]! + 1 };
}
