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
 *
 * Packed for the cache, not only for size: the scan runs between the rules' patterns, which
 * evict the trie (about 1.5 MB as built), and in extraction it read a character in about
 * 120 ns against 30 ns when replaying the same texts alone (2026-12-05). So a 4 KB bitset of
 * the literals' first three characters (folded to 5 bits each) turns away the two positions
 * in three where no literal starts, and each node's record (its character, children, gates)
 * lies in one place, with its children side by side, instead of in six arrays.
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

/**
 * The trie packed for the scan. Nodes are numbered breadth first, so a node's children are
 * consecutive; node n's record is `nodes[4n .. 4n + 4)`: its character (16 bits) with its number
 * of children above them, its first child, and where its gates start and how many there are in
 * `endGates`.
 */
interface Packed {
  /** The node of each first three characters, renumbered, or 0. */
  thirds: Int32Array;
  nodes: Int32Array;
  endGates: Int32Array;
  /** Bit `startKey(a, b, c)` is set when some literal may start with a, b, c. */
  starts: Uint32Array;
}

/** A literal's first three characters, each folded to its low 5 bits: a 15-bit key (collisions only let a position through). */
const startKey = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

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
  // Breadth first from the nodes of the first three characters, each node's children in a row.
  const order: number[] = [0];
  const number = new Int32Array(t.nodeChar.length);
  const enqueue = (node: number) => {
    number[node] = order.length;
    order.push(node);
  };
  for (const node of t.thirds) if (node !== 0) enqueue(node);
  for (let k = 1; k < order.length; k++)
    for (let child = t.firstChild[order[k]!]!; child !== -1; child = t.nextSibling[child]!) enqueue(child);
  const nodes = new Int32Array(order.length * 4);
  const gates: number[] = [];
  order.forEach((old, n) => {
    let count = 0;
    let first = 0;
    for (let child = t.firstChild[old]!; child !== -1; child = t.nextSibling[child]!) {
      first = count === 0 ? number[child]! : Math.min(first, number[child]!);
      count++;
    }
    const ends = t.ends[old] ?? [];
    nodes[4 * n] = t.nodeChar[old]! | (count << 16);
    nodes[4 * n + 1] = first;
    nodes[4 * n + 2] = gates.length;
    nodes[4 * n + 3] = ends.length;
    gates.push(...ends);
  });
  const starts = new Uint32Array(1 << 10);
  for (let a = 0; a < ASCII; a++)
    for (let b = 0; b < ASCII; b++) {
      const block = blockOf[a * ASCII + b]!;
      if (block === -1) continue;
      for (let c = 0; c < ASCII; c++) {
        if (t.thirds[block * ASCII + c] === 0) continue;
        const key = startKey(a, b, c);
        starts[key >>> 5]! |= 1 << (key & 31);
      }
    }
  return {
    thirds: Int32Array.from(t.thirds, (node) => (node === 0 ? 0 : number[node]!)),
    nodes,
    endGates: Int32Array.from(gates),
    starts,
  };
}

/**
 * Sets in `bits` the bit of every gate of which `lower` (a lower-cased text) holds a literal:
 * at each position, the trie is walked from the node of the next three characters while it
 * follows, and the gates of every literal ending on the way are marked.
 */
export function scanLiterals(lower: string, bits: Uint32Array): void {
  const { thirds, nodes, endGates, starts } = (packed ??= pack());
  const end = lower.length;
  for (let i = 0; i + MIN_LITERAL <= end; i++) {
    const a = lower.charCodeAt(i);
    const b = lower.charCodeAt(i + 1);
    const c = lower.charCodeAt(i + 2);
    if ((a | b | c) >= ASCII) continue;
    const key = startKey(a, b, c);
    if (((starts[key >>> 5]! >>> (key & 31)) & 1) === 0) continue;
    const block = blockOf[a * ASCII + b]!;
    if (block === -1) continue;
    let node = thirds[block * ASCII + c]!;
    if (node === 0) continue;
    for (let j = i + 3; ; j++) {
      const at = 4 * node;
      for (let k = nodes[at + 2]!, stop = k + nodes[at + 3]!; k < stop; k++) {
        const g = endGates[k]!;
        bits[g >>> 5]! |= 1 << (g & 31);
      }
      if (j >= end) break;
      const ch = lower.charCodeAt(j);
      const first = nodes[at + 1]!;
      const last = first + (nodes[at]! >>> 16);
      let child = first;
      while (child < last && (nodes[4 * child]! & 0xffff) !== ch) child++;
      if (child === last) break;
      node = child;
    }
  }
}
