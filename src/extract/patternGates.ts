/**
 * Cheap gates in front of the rules' patterns. About a third of extraction time went to
 * running patterns, nearly all of it on texts the pattern could not match (profiled
 * 2026-12-02 on the bench corpus), so each gated pattern first asks whether the lower-cased
 * text holds one of the literals every match of it contains (literalGate.ts reads them from
 * the pattern's source). Once a text has met a few patterns, one scan of it marks every gate
 * whose literals it holds; literals are indexed by their first three or four characters.
 *
 * The literals are read ahead of time (`npm run gen:gates` writes patternGates.json), since
 * reading them at start-up cost 100–300 ms. Each entry carries a hash of its pattern's source
 * and flags: a pattern edited since then no longer matches its entry and simply runs ungated
 * (pattern-gates.test.ts fails until the file is written again, so the loss is noticed).
 *
 * Gating keeps every pattern object (others hold them) and gives it its own `test` and `exec`,
 * which run an unmodified copy only when the gate passes: the same answers, the same matches.
 */
import GATES from './patternGates.json';
import { PATTERN_GROUPS } from './patternGroups';

export interface GateEntry {
  /** sourceHash of the pattern the literals were read from. */
  hash: string;
  /** Lower-case literals, each of 3 characters or more; every match contains one. */
  needs: string[];
}

/** FNV-1a of the pattern's source and flags, in hex: what ties a gate to the pattern it was read from. */
export function sourceHash(re: RegExp): string {
  const text = re.source + '/' + re.flags;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Shortest literal a gate may use: the scan indexes literals by their first three characters. */
export const MIN_LITERAL = 3;

/** A literal of four characters or more, and the gate it belongs to. */
interface Literal {
  text: string;
  gate: number;
}

/** A number for three ASCII characters, or -1. */
function key3(a: number, b: number, c: number): number {
  return a < 128 && b < 128 && c < 128 ? (a << 14) | (b << 7) | c : -1;
}

/** A number for four ASCII characters, or -1. */
function key4(a: number, b: number, c: number, d: number): number {
  return a < 128 && b < 128 && c < 128 && d < 128 ? (a << 21) | (b << 14) | (c << 7) | d : -1;
}

/** Marks, by hash3, the first three characters of every literal: most positions of a text start none. */
const starts = new Uint8Array(1 << 16);
const hash3 = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & 0xffff;

/** The gates of each three-character literal, by its characters. */
const byTrigram = new Map<number, number[]>();
/** The longer literals, by their first four characters. */
const byQuadgram = new Map<number, Literal[]>();
/** For each gate, the number of the scan that last found one of its literals. */
const found: number[] = [];
let scans = 0;
let scanned: string | null = null;

/**
 * Marks the gates of which `text` holds a literal, every gate in one pass: three-character
 * literals are found by their characters alone, longer ones by their first four and compared.
 */
function scan(text: string): void {
  const lower = text.toLowerCase();
  const n = ++scans;
  const end = lower.length;
  for (let i = 0; i + MIN_LITERAL <= end; i++) {
    const a = lower.charCodeAt(i);
    const b = lower.charCodeAt(i + 1);
    const c = lower.charCodeAt(i + 2);
    if (!starts[hash3(a, b, c)]) continue;
    const three = byTrigram.get(key3(a, b, c));
    if (three) for (const g of three) found[g] = n;
    if (i + 4 > end) continue;
    const four = byQuadgram.get(key4(a, b, c, lower.charCodeAt(i + 3)));
    if (four)
      for (const lit of four) if (found[lit.gate] !== n && lower.startsWith(lit.text, i)) found[lit.gate] = n;
  }
}

/**
 * How many patterns run ungated on a text before it is scanned: most texts meet only a few
 * patterns, and a scan costs about as much as several patterns; a clause read by the rules
 * meets dozens. 8 measured best among 2, 4, 8, 16 and 32 on the bench corpus (2026-12-02).
 */
const QUERIES_BEFORE_SCAN = 8;
let queries = 0;
let scannedCurrent = false;

/** Whether the pattern behind `gate` may match `text` (true until the text is scanned). */
function mayMatch(gate: number, text: string): boolean {
  if (text !== scanned) {
    scanned = text;
    queries = 0;
    scannedCurrent = false;
  }
  if (++queries <= QUERIES_BEFORE_SCAN) return true;
  if (!scannedCurrent) {
    scannedCurrent = true;
    scan(text);
  }
  return found[gate] === scans;
}

/** Puts the gate in front of `re`'s own `test` and `exec`. */
function gate(re: RegExp, needs: readonly string[]): void {
  const id = found.push(0) - 1;
  for (const text of needs) {
    const a = text.charCodeAt(0);
    const b = text.charCodeAt(1);
    const c = text.charCodeAt(2);
    starts[hash3(a, b, c)] = 1;
    if (text.length === 3) {
      const k = key3(a, b, c);
      if (k < 0) throw new Error(`gate literal not ASCII: ${text}`);
      const list = byTrigram.get(k);
      if (list) list.push(id);
      else byTrigram.set(k, [id]);
      continue;
    }
    const k = key4(a, b, c, text.charCodeAt(3));
    if (text.length < MIN_LITERAL || k < 0) throw new Error(`gate literal too short or not ASCII: ${text}`);
    const list = byQuadgram.get(k);
    if (list) list.push({ text, gate: id });
    else byQuadgram.set(k, [{ text, gate: id }]);
  }
  // An unmodified copy does the matching: V8 keeps its fast paths for it. Not global nor
  // sticky (literalGate.ts gates no other), so it keeps no state between calls. Made on first
  // use: making all of them at start-up cost about 10 ms.
  let copy: RegExp | null = null;
  const plainOf = () => (copy ??= new RegExp(re.source, re.flags));
  const str = (s: unknown) => (typeof s === 'string' ? s : String(s));
  Object.defineProperty(re, 'test', {
    value: (s: unknown) => {
      const text = str(s);
      return mayMatch(id, text) && plainOf().test(text);
    },
    configurable: true,
  });
  Object.defineProperty(re, 'exec', {
    value: (s: unknown) => {
      const text = str(s);
      return mayMatch(id, text) ? plainOf().exec(text) : null;
    },
    configurable: true,
  });
}

let installed = false;

/**
 * Gates every pattern of PATTERN_GROUPS whose entry in patternGates.json still matches it.
 * Once; later calls do nothing.
 */
export function installPatternGates(
  groups: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = PATTERN_GROUPS,
  entries: Readonly<Record<string, GateEntry>> = GATES,
): void {
  if (installed) return;
  installed = true;
  for (const [group, patterns] of Object.entries(groups))
    for (const [name, re] of Object.entries(patterns)) {
      const entry = entries[`${group}.${name}`];
      if (entry && entry.hash === sourceHash(re) && !/[gyuv]/.test(re.flags)) gate(re, entry.needs);
    }
  scanned = null;
}
