/**
 * The gates' literals as a trie, and the scan that finds which gates' literals a lower-cased
 * text holds (patternGates.ts). The node of a literal's first three characters is found by
 * direct lookup: a table by the first two gives a block of 128 slots, one per third
 * character; the rest is walked one character at a time. Comparing every literal that shares
 * a four-character prefix ("your", " be ", "need": up to 68 of them) at every position made
 * the scan about a tenth of extraction time (profiled 2026-12-03); the walk reads each
 * character once per position, however many literals share it.
 *
 * Literals are entered while the gates are installed (`add`), then `freeze` packs the trie
 * into typed arrays, which the scan reads about a fifth faster than arrays of numbers.
 */

/** Shortest literal a gate may use: the scan enters the trie by a literal's first three characters. */
export const MIN_LITERAL = 3;

const ASCII = 128;

/** The trie as it is built: arrays that grow. Node 0 is the root (no one's child). */
interface Building {
  /** The blocks: the node of each first three characters, or 0. */
  thirds: number[];
  nodeChar: number[];
  /** First child and next sibling of each node (-1: none). */
  firstChild: number[];
  nextSibling: number[];
  /** The gates of the literals that end at each node. */
  ends: (number[] | null)[];
}

/** The trie packed for the scan; the gates ending at node n are endGates[endStart[n] .. endStart[n + 1]). */
interface Packed {
  thirds: Int32Array;
  nodeChar: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  endStart: Int32Array;
  endGates: Int32Array;
}

/** By the first two characters' codes, the block of their third-character slots, or -1. */
const blockOf = new Int32Array(ASCII * ASCII).fill(-1);
const building: Building = { thirds: [], nodeChar: [0], firstChild: [-1], nextSibling: [-1], ends: [null] };
let packed: Packed | null = null;

function newNode(char: number): number {
  const t = building;
  t.nodeChar.push(char);
  t.firstChild.push(-1);
  t.nextSibling.push(-1);
  t.ends.push(null);
  return t.nodeChar.length - 1;
}

/** The child of `node` for `char`, made if missing. */
function childOf(node: number, char: number): number {
  const t = building;
  for (let child = t.firstChild[node]!; child !== -1; child = t.nextSibling[child]!)
    if (t.nodeChar[child] === char) return child;
  const child = newNode(char);
  t.nextSibling[child] = t.firstChild[node]!;
  t.firstChild[node] = child;
  return child;
}

/** The node of a literal's first three characters (ASCII), made if missing. */
function thirdNode(a: number, b: number, c: number): number {
  const thirds = building.thirds;
  let block = blockOf[a * ASCII + b]!;
  if (block === -1) {
    block = blockOf[a * ASCII + b] = thirds.length / ASCII;
    for (let i = 0; i < ASCII; i++) thirds.push(0);
  }
  return (thirds[block * ASCII + c] ||= newNode(c));
}

/** Enters a literal (lower case, its first three characters ASCII) of `gate`. */
export function addLiteral(text: string, gate: number): void {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  if (text.length < MIN_LITERAL || a >= ASCII || b >= ASCII || c >= ASCII)
    throw new Error(`gate literal too short or not ASCII: ${text}`);
  let node = thirdNode(a, b, c);
  for (let i = 3; i < text.length; i++) node = childOf(node, text.charCodeAt(i));
  const list = building.ends[node];
  if (!list) building.ends[node] = [gate];
  else if (!list.includes(gate)) list.push(gate);
  packed = null;
}

/** The trie in typed arrays, packed once after the last literal is entered. */
function pack(): Packed {
  const t = building;
  const endStart = new Int32Array(t.nodeChar.length + 1);
  const gates: number[] = [];
  t.ends.forEach((list, node) => {
    endStart[node] = gates.length;
    if (list) gates.push(...list);
  });
  endStart[t.nodeChar.length] = gates.length;
  return {
    thirds: Int32Array.from(t.thirds),
    nodeChar: Int32Array.from(t.nodeChar),
    firstChild: Int32Array.from(t.firstChild),
    nextSibling: Int32Array.from(t.nextSibling),
    endStart,
    endGates: Int32Array.from(gates),
  };
}

/**
 * Sets in `bits` the bit of every gate of which `lower` (a lower-cased text) holds a literal:
 * at each position, the trie is walked from the node of the next three characters while it
 * follows, and the gates of every literal ending on the way are marked.
 */
export function scanLiterals(lower: string, bits: Uint32Array): void {
  const { thirds, nodeChar, firstChild, nextSibling, endStart, endGates } = (packed ??= pack());
  const end = lower.length;
  for (let i = 0; i + MIN_LITERAL <= end; i++) {
    const a = lower.charCodeAt(i);
    const b = lower.charCodeAt(i + 1);
    const c = lower.charCodeAt(i + 2);
    if ((a | b | c) >= ASCII) continue;
    const block = blockOf[a * ASCII + b]!;
    if (block === -1) continue;
    let node = thirds[block * ASCII + c]!;
    if (node === 0) continue;
    for (let j = i + 3; ; j++) {
      for (let k = endStart[node]!, stop = endStart[node + 1]!; k < stop; k++) {
        const g = endGates[k]!;
        bits[g >>> 5]! |= 1 << (g & 31);
      }
      if (j >= end) break;
      const ch = lower.charCodeAt(j);
      let child = firstChild[node]!;
      while (child !== -1 && nodeChar[child] !== ch) child = nextSibling[child]!;
      if (child === -1) break;
      node = child;
    }
  }
}
