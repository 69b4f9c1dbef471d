/**
 * Cheap gates in front of the rules' patterns. About a third of extraction time went to
 * running patterns, nearly all of it on texts the pattern could not match (profiled
 * 2026-12-02 on the bench corpus), so each gated pattern first asks whether the lower-cased
 * text holds one of the literals every match of it contains (literalGate.ts reads them from
 * the pattern's source). Once a text has met a few patterns, one scan of it marks every gate
 * whose literals it holds, walking a trie of the literals from each position.
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

/**
 * The literals as a trie. The node of a literal's first three characters is found by direct
 * lookup: a table by the first two gives a block of 128 slots, one per third character; the
 * rest is walked one character at a time. Before, literals sharing their first four characters
 * ("your", " be ", "need": up to 68 of them) were each compared at every position holding
 * those four, and the scan was about a tenth of extraction time (profiled 2026-12-03); the
 * walk reads each character once per position, however many literals share it.
 */
const ASCII = 128;
/** By the first two characters' codes, the block of their third-character slots, or -1. */
const blockOf = new Int32Array(ASCII * ASCII).fill(-1);
/** The blocks: the node of each first three characters, or 0 (the root is no one's child). */
const thirds: number[] = [];
/** Per trie node: its character, first child and next sibling (-1: none), and the gates of
 * the literals that end there. Node 0 is the root; the three-character nodes hang from it. */
const nodeChar: number[] = [0];
const firstChild: number[] = [-1];
const nextSibling: number[] = [-1];
const ends: (number[] | null)[] = [null];

function newNode(char: number): number {
  nodeChar.push(char);
  firstChild.push(-1);
  nextSibling.push(-1);
  ends.push(null);
  return nodeChar.length - 1;
}

/** The child of `node` for `char`, made if missing. */
function childOf(node: number, char: number): number {
  for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!)
    if (nodeChar[child] === char) return child;
  const child = newNode(char);
  nextSibling[child] = firstChild[node]!;
  firstChild[node] = child;
  return child;
}

/** The node of a literal's first three characters (ASCII), made if missing. */
function thirdNode(a: number, b: number, c: number): number {
  let block = blockOf[a * ASCII + b]!;
  if (block === -1) {
    block = blockOf[a * ASCII + b] = thirds.length / ASCII;
    for (let i = 0; i < ASCII; i++) thirds.push(0);
  }
  return (thirds[block * ASCII + c] ||= newNode(c));
}

/** Enters a literal of `gate` into the trie. */
function addLiteral(text: string, gate: number): void {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  if (text.length < MIN_LITERAL || a >= ASCII || b >= ASCII || c >= ASCII)
    throw new Error(`gate literal too short or not ASCII: ${text}`);
  let node = thirdNode(a, b, c);
  for (let i = 3; i < text.length; i++) node = childOf(node, text.charCodeAt(i));
  const list = ends[node];
  if (!list) ends[node] = [gate];
  else if (!list.includes(gate)) list.push(gate);
}

/** How many gates there are: the bits of a text's scan. */
let gates = 0;

/** Sets the bits of the gates of the literals that end at `node`. */
function mark(node: number, bits: Uint32Array): void {
  const list = ends[node];
  if (list) for (const g of list) bits[g >>> 5]! |= 1 << (g & 31);
}

/**
 * Sets the bits of the gates of which `text` holds a literal, every gate in one pass: at each
 * position, the trie is walked from the node of the next three characters while it follows.
 */
function scan(text: string, bits: Uint32Array): void {
  const lower = text.toLowerCase();
  const end = lower.length;
  for (let i = 0; i + MIN_LITERAL <= end; i++) {
    const a = lower.charCodeAt(i);
    const b = lower.charCodeAt(i + 1);
    if (a >= ASCII || b >= ASCII) continue;
    const block = blockOf[a * ASCII + b]!;
    if (block === -1) continue;
    const c = lower.charCodeAt(i + 2);
    if (c >= ASCII) continue;
    let node = thirds[block * ASCII + c]!;
    if (node === 0) continue;
    mark(node, bits);
    for (let j = i + 3; j < end; j++) {
      const ch = lower.charCodeAt(j);
      let child = firstChild[node]!;
      while (child !== -1 && nodeChar[child] !== ch) child = nextSibling[child]!;
      if (child === -1) break;
      node = child;
      mark(node, bits);
    }
  }
}

/**
 * How many patterns run ungated on a text before it is scanned: most texts meet only a few
 * patterns, and a scan costs about as much as several patterns; a clause read by the rules
 * meets dozens. 8 measured best among 2, 4, 8, 16 and 32 on the bench corpus (2026-12-02).
 */
const QUERIES_BEFORE_SCAN = 8;

/** A text lately queried: how often, and once scanned, the bits of the gates it passes. */
interface Seen {
  text: string | null;
  queries: number;
  bits: Uint32Array | null;
}

/**
 * The last few texts queried. Extraction goes back and forth between a clause, its sentence
 * and pieces of them (on the bench corpus the text changed at one query in seven): remembering
 * one text alone, each return counted its queries afresh and scanned it again.
 */
const RECENT = 8;
const recent: Seen[] = Array.from({ length: RECENT }, () => ({ text: null, queries: 0, bits: null }));
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
  e.bits?.fill(0);
  current = e;
  return e;
}

/** Whether the pattern behind `gate` may match `text` (true until the text is scanned). */
function mayMatch(gate: number, text: string): boolean {
  const e = seen(text);
  if (++e.queries <= QUERIES_BEFORE_SCAN) return true;
  if (e.queries === QUERIES_BEFORE_SCAN + 1) scan(text, (e.bits ??= new Uint32Array((gates + 31) >>> 5)));
  return ((e.bits![gate >>> 5]! >>> (gate & 31)) & 1) === 1;
}

/** Puts the gate in front of `re`'s own `test` and `exec`. */
function gate(re: RegExp, needs: readonly string[]): void {
  const id = gates++;
  for (const text of needs) addLiteral(text, id);
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
  for (const e of recent) {
    e.text = null;
    e.bits = null;
  }
}
