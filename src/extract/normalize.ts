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

/** One-for-one replacement of curly quotes, odd spaces, dashes and CR: offsets stay valid. */
export function normalizeForMatching(text: string): string {
  if (!NORMALIZE_PATTERNS.special.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032) out += "'";
    else if (c === 0x201c || c === 0x201d) out += '"';
    else if (c === 0x00a0 || c === 0x2007 || c === 0x202f || c === 0x2009) out += ' ';
    else if (c === 0x2013 || c === 0x2014) out += '-';
    else if (c === 0x0d) out += text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
    else out += text[i];
  }
  return out;
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
  const kept: string[] = [];
  const origin = new Uint32Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (NORMALIZE_PATTERNS.invisible.test(ch)) continue;
    kept.push(ch);
    origin[n++] = i;
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
