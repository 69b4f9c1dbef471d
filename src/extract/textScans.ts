/**
 * Which gates (patternGates.ts) the texts lately queried pass. A text is scanned for every
 * gate's literals at once (literalTrie.ts), but only once it has met a few patterns, or at
 * once when the caller says it is about to be read at length (`readingAtLength`); until then
 * its patterns simply run. Kept apart from patternGates.ts, which reads every table of
 * patterns (patternGroups.ts), so that a module of those tables (dates.ts) can say what it is
 * about to read without an import cycle.
 */
import { scanLiterals } from './literalTrie';

/** How many gates there are: the bits of a text's scan. */
let gates = 0;

/** A new gate's number (its bit in a text's scan). */
export function newGate(): number {
  return gates++;
}

/**
 * How many patterns run ungated on a text before it is scanned: most texts meet only a few
 * patterns, and a scan costs about as much as several patterns; a clause read by the rules
 * meets dozens. 8 measured best among 2, 4, 8, 16 and 32 on the bench corpus (2026-12-02);
 * with clauses scanned at once (`readingAtLength`), 1 and 3 were again slower (2026-12-04).
 */
const QUERIES_BEFORE_SCAN = 8;

/** A text lately queried: how often, and once scanned, the bits of the gates it passes. */
interface Seen {
  text: string | null;
  queries: number;
  /** Whether `bits` holds the text's scan. */
  scanned: boolean;
  bits: Uint32Array | null;
}

/**
 * The last few texts queried. Extraction goes back and forth between a clause, its sentence
 * and pieces of them (on the bench corpus the text changed at one query in seven): remembering
 * one text alone, each return counted its queries afresh and scanned it again.
 */
const RECENT = 8;
const recent: Seen[] = Array.from({ length: RECENT }, () => ({
  text: null,
  queries: 0,
  scanned: false,
  bits: null,
}));
let oldest = 0;
let current: Seen = recent[0]!;

function seen(text: string): Seen {
  if (current.text === text) return current;
  for (const e of recent)
    if (e.text === text) {
      current = e;
      return e;
    }
  const e = recent[oldest]!;
  oldest = (oldest + 1) % RECENT;
  e.text = text;
  e.queries = 0;
  e.scanned = false;
  e.bits?.fill(0);
  current = e;
  return e;
}

/**
 * Whether the pattern behind `gate` may match `text`: the text passes `gate` and every gate of
 * `more` (true until the text is scanned).
 */
export function mayMatch(gate: number, more: Int32Array, text: string): boolean {
  // Millions of calls a pass, most of them for the text of the call before and answered by
  // its scan: that path is kept short enough to be inlined into the gates.
  const e = current.text === text ? current : seen(text);
  if (!e.scanned && !scanIfDue(e, text)) return true;
  const bits = e.bits!;
  if (!hasBit(bits, gate)) return false;
  for (let k = 0; k < more.length; k++) if (!hasBit(bits, more[k]!)) return false;
  return true;
}

/** Counts a query of a text not yet scanned, and scans it once it has met QUERIES_BEFORE_SCAN patterns. */
function scanIfDue(e: Seen, text: string): boolean {
  if (++e.queries <= QUERIES_BEFORE_SCAN) return false;
  scanLiterals(text.toLowerCase(), (e.bits ??= new Uint32Array((gates + 31) >>> 5)));
  e.scanned = true;
  return true;
}

/** Whether the scan set `gate`'s bit: the text holds one of its literals. */
const hasBit = (bits: Uint32Array, gate: number) => ((bits[gate >>> 5]! >>> (gate & 31)) & 1) === 1;

/**
 * Tells the gates that the rules are about to read `text` at length (a clause meets a hundred
 * patterns or more), so it is scanned at its first query instead of after QUERIES_BEFORE_SCAN
 * ungated runs. Those were mostly the signal patterns, which every clause meets first: on the
 * bench corpus 253,000 of a round's 1,000,000 pattern runs were such runs, 119,000 after
 * (2026-12-04).
 */
export function readingAtLength(text: string): void {
  const e = seen(text);
  if (e.queries < QUERIES_BEFORE_SCAN) e.queries = QUERIES_BEFORE_SCAN;
}

/** Forgets every text and its scan (the gates changed: scans are sized by their number). */
export function forgetTexts(): void {
  for (const e of recent) {
    e.text = null;
    e.scanned = false;
    e.bits = null;
  }
}
