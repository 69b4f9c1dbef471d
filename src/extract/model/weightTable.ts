/**
 * A model's weights arranged for `clauseLogit` (features.ts): every token the model knows (as
 * a word, or as either half of a pair) in an open-addressing table keyed by a hash of its
 * characters, the pairs in a second table keyed by their two tokens' numbers, and the cues'
 * weights read once. Built once per weights object (intentModel.ts, commitmentModel.ts).
 *
 * Typed arrays rather than Maps of objects: scoring looks up every token of every clause, and
 * with two Map lookups per token (the token by hash, then the pair in its own Map) scoring the
 * bench corpus's sentences took 54-56 ms against 41-49 ms this way (medians, 2026-12-03). The
 * weights and the sums are the same numbers, bit for bit.
 */

/** Kept within a small integer, so the hash stays a small integer. */
export const HASH_MASK = 0x3fffffff;

/** The hash `clauseLogit` computes while it scans a token's characters. */
export function tokenHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (h * 31 + text.charCodeAt(i)) & HASH_MASK;
  return h;
}

export interface FeatureWeights {
  /** Each token's text, by its number. */
  texts: string[];
  /** Each token's hash, by its number. */
  hashes: Int32Array;
  /** Each token's word weight (0 when it has none: see `hasWord`). */
  words: Float64Array;
  hasWord: Uint8Array;
  /** The call of `clauseLogit` that last counted each token's word (features count once per clause). */
  wordSeen: Int32Array;
  /** Open addressing by hash: a token's number + 1, or 0 for an empty slot. */
  tokenSlots: Int32Array;
  /** Open addressing by pair key (first × tokens + second), + 1; 0 for an empty slot. */
  pairKeys: Int32Array;
  pairWeights: Float64Array;
  pairSeen: Int32Array;
  /** The start marker, the folded number and the question mark (found without hashing), or -1. */
  start: number;
  number: number;
  question: number;
  /** Every feature by its full name (the rule readings are read from here). */
  all: Map<string, number>;
  /** The cues' weights, 0 where the model has none. */
  cue: {
    question: number;
    modal: number;
    imperative: number;
    first: number;
    second: number;
    future: number;
    date: number;
    money: number;
    len3: number;
    len8: number;
    len20: number;
    lenMore: number;
  };
  /** Counts calls of `clauseLogit`, to mark what a clause has already counted. */
  calls: number;
}

/** A power of two at least twice `n`: tables half full at most, so probes stay short. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** The slot a pair key starts probing from (a multiplicative hash). */
export function pairSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

export function featureWeights(weights: Readonly<Record<string, number>>): FeatureWeights {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const wordOf = new Map<number, number>();
  const pairs: [number, number, number][] = [];
  const all = new Map<string, number>();
  const id = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = texts.push(t) - 1));
    return n;
  };
  for (const [name, w] of Object.entries(weights)) {
    all.set(name, w);
    if (name.startsWith('w:')) wordOf.set(id(name.slice(2)), w);
    else if (name.startsWith('b:')) {
      // Tokens hold no "_", so the first one after the prefix ends the first token.
      const cut = name.indexOf('_', 2);
      if (cut === -1) continue;
      // The second token is known too (with no word weight of its own if it has none).
      pairs.push([id(name.slice(2, cut)), id(name.slice(cut + 1)), w]);
    }
  }
  const n = texts.length;
  const hashes = new Int32Array(n);
  const words = new Float64Array(n);
  const hasWord = new Uint8Array(n);
  for (const [t, w] of wordOf) {
    words[t] = w;
    hasWord[t] = 1;
  }
  const tokenSlots = new Int32Array(tableSize(n));
  const tokenMask = tokenSlots.length - 1;
  texts.forEach((text, t) => {
    const h = (hashes[t] = tokenHash(text, 0, text.length));
    let s = h & tokenMask;
    while (tokenSlots[s] !== 0) s = (s + 1) & tokenMask;
    tokenSlots[s] = t + 1;
  });
  const pairKeys = new Int32Array(tableSize(pairs.length));
  const pairMask = pairKeys.length - 1;
  const pairWeights = new Float64Array(pairKeys.length);
  for (const [a, b, w] of pairs) {
    const key = a * n + b;
    let s = pairSlot(key, pairMask);
    // A pair named twice keeps its last weight, as the Map it replaces did.
    while (pairKeys[s] !== 0 && pairKeys[s] !== key + 1) s = (s + 1) & pairMask;
    pairKeys[s] = key + 1;
    pairWeights[s] = w;
  }
  const cue = (name: string) => all.get(name) ?? 0;
  return {
    texts,
    hashes,
    words,
    hasWord,
    wordSeen: new Int32Array(n),
    tokenSlots,
    pairKeys,
    pairWeights,
    pairSeen: new Int32Array(pairKeys.length),
    start: ids.get('<s>') ?? -1,
    number: ids.get('0') ?? -1,
    question: ids.get('?') ?? -1,
    all,
    cue: {
      question: cue('c:question'),
      modal: cue('c:modal'),
      imperative: cue('c:imperative'),
      first: cue('c:first'),
      second: cue('c:second'),
      future: cue('c:future'),
      date: cue('c:date'),
      money: cue('c:money'),
      len3: cue('c:len<=3'),
      len8: cue('c:len<=8'),
      len20: cue('c:len<=20'),
      lenMore: cue('c:len>20'),
    },
    calls: 0,
  };
}

/** The number of the word `text.slice(from, to)` whose hash is `h`, or -1 if the model does not know it. */
export function findToken(w: FeatureWeights, text: string, from: number, to: number, h: number): number {
  const slots = w.tokenSlots;
  const mask = slots.length - 1;
  const length = to - from;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const t = slots[s]! - 1;
    if (t === -1) return -1;
    if (w.hashes[t] === h) {
      const known = w.texts[t]!;
      if (known.length === length && text.startsWith(known, from)) return t;
    }
  }
}

/** The slot of the pair (`first`, `second`), or -1 if the model has no weight for it. */
export function findPair(w: FeatureWeights, first: number, second: number): number {
  const keys = w.pairKeys;
  const mask = keys.length - 1;
  const key = first * w.texts.length + second + 1;
  for (let s = pairSlot(key - 1, mask); ; s = (s + 1) & mask) {
    const k = keys[s]!;
    if (k === key) return s;
    if (k === 0) return -1;
  }
}
