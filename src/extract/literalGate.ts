/**
 * The literal words a regular expression cannot match without, read from its source: for
 * `\b(?:could|can) you\b` any match holds "could you" or "can you". Most clauses hold none of
 * a rule's words, and a substring test on the lower-cased clause rules that out far more
 * cheaply than running the pattern (the same idea as chronoGate.ts, but derived from the
 * pattern itself, so a rule that gains or loses an alternative is gated by its new words).
 *
 * The reading is conservative: any syntax it does not know (classes with ranges, escapes,
 * back-references, the `u` and `v` flags…) counts as "any text", which only weakens the
 * gate. The lower-cased text holds the lower-cased ASCII literal wherever the text holds the
 * literal in any case, so only ASCII literals are kept (test/unit/extract/literal-gate.test.ts
 * checks this against the patterns themselves on random and real text).
 */
import { MIN_LITERAL } from './literalTrie';
import { sourceHash, type GateEntry } from './patternGates';

/** What is known of the strings a piece of a pattern matches. */
interface Reading {
  /** Every string it can match, when few (lower-cased), else null. */
  exact: string[] | null;
  /**
   * Sets of strings, each of which every match contains one of (lower-cased, none empty), the
   * most selective first (`moreSelective`); at most KEPT; none known: empty. Each set holds on
   * its own, so a text must hold one string of every set: "\b(?:will|can) (?:send|share)\b"
   * needs one of "will ", "can " and also one of "send", "share".
   */
  needs: string[][];
}

/** How many sets a piece keeps while the pattern is read (an alternation joins the k-th of each). */
const KEPT = 4;

/**
 * How many sets a gate uses. With one, nine texts in ten let through then failed the pattern
 * (profiled 2026-12-05: 361,000 of 428,000 runs a pass, most let through by a common word such
 * as "for " or "will "). Two measured best of two, three and four: the longer literals of more sets
 * cost more to scan than they turned away (separate processes, 2026-12-05).
 */
const MAX_NEEDS = 2;

/** Beyond this many strings a set is not kept (and a gate would cost more than it saves). */
const LIMIT = 64;

const ANY: Reading = { exact: null, needs: [] };
const EMPTY: Reading = { exact: [''], needs: [] };

const unique = (xs: string[]) => [...new Set(xs)];

/** The set without strings that contain another of its strings (those add nothing to a need). */
function minimal(xs: string[]): string[] {
  const sorted = unique(xs).sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const x of sorted) if (!out.some((o) => x.includes(o))) out.push(x);
  return out;
}

/** An exact set read as a need: null when it holds the empty string. */
function needOfExact(exact: string[] | null): string[] | null {
  if (!exact || exact.includes('')) return null;
  return minimal(exact);
}

const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));

/** Whether `a` is the more selective set: longer shortest word (up to 6 letters), then fewer words (ties: neither). */
function moreSelective(a: string[], b: string[]): boolean {
  const la = Math.min(6, shortest(a));
  const lb = Math.min(6, shortest(b));
  return la !== lb ? la > lb : a.length < b.length;
}

/**
 * Whether a text holding one of `b` always holds one of `a` (each string of `b` contains one of
 * `a`): with `b` kept, `a` would turn away no text.
 */
const impliedBy = (a: string[], b: string[]) => b.every((y) => a.some((x) => y.includes(x)));

/**
 * The candidate sets, the most selective first, without repeats, at most KEPT. The sort is
 * stable: of sets as selective, the earlier candidate comes first.
 */
function ranked(candidates: (string[] | null)[]): string[][] {
  const out: string[][] = [];
  const keys = new Set<string>();
  for (const c of candidates) {
    if (!c || c.length === 0) continue;
    const key = [...c].sort().join('\n');
    if (!keys.has(key)) out.push(c);
    keys.add(key);
  }
  out.sort((a, b) => (moreSelective(a, b) ? -1 : moreSelective(b, a) ? 1 : 0));
  return out.slice(0, KEPT);
}

/**
 * The sets a gate uses: without a set another implies ("meeting" beside "for the meeting" or
 * "in meeting"; of two that imply each other, the first), at most MAX_NEEDS.
 */
function strongest(sets: string[][]): string[][] {
  const out = sets.filter(
    (c, i) => !sets.some((d, j) => j !== i && impliedBy(c, d) && !(j > i && impliedBy(d, c))),
  );
  return out.slice(0, MAX_NEEDS);
}

/** Every set the piece is known to need, its exact strings included, the most selective first. */
const allNeeds = (r: Reading) => ranked([r.needs[0] ?? null, needOfExact(r.exact), ...r.needs.slice(1)]);

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

/** Adjacent single strings joined ("p", "l", "s" → "pls"): fewer pieces for `sequence` to combine. */
function joinLiterals(items: Reading[]): Reading[] {
  const out: Reading[] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    if (last?.exact?.length === 1 && it.exact?.length === 1) {
      const joined = last.exact[0]! + it.exact[0]!;
      out[out.length - 1] = { exact: [joined], needs: joined ? [[joined]] : [] };
    } else out.push(it);
  }
  return out;
}

/** Every piece of a sequence is matched, so each piece's sets hold for the whole. */
function sequence(pieces: Reading[]): Reading {
  const items = joinLiterals(pieces);
  if (items.length === 1) return items[0]!;
  let exact: string[] | null = [''];
  for (const it of items) exact = exact && it.exact ? product(exact, it.exact) : null;
  const firsts: (string[] | null)[] = items.map((it) => it.needs[0] ?? null);
  // Runs of pieces with exact sets: the longest window from each start whose product stays small.
  for (let s = 0; s < items.length; s++) {
    let window: string[] | null = items[s]!.exact;
    if (!window) continue;
    for (let e = s + 1; e < items.length; e++) {
      const next: string[] | null = items[e]!.exact ? product(window, items[e]!.exact!) : null;
      if (!next) break;
      window = next;
    }
    firsts.push(needOfExact(window));
  }
  return { exact, needs: ranked([...firsts, ...items.flatMap((it) => it.needs.slice(1))]) };
}

/**
 * One alternative is matched, so a set holds for the whole when it joins one set of each
 * alternative: the k-th such union takes each alternative's k-th set (its last when it has fewer).
 */
function alternation(alts: Reading[]): Reading {
  let exact: Set<string> | null = new Set();
  for (const a of alts) {
    if (exact && a.exact && exact.size + a.exact.length <= LIMIT) for (const x of a.exact) exact.add(x);
    else exact = null;
  }
  const each = alts.map(allNeeds);
  const needs: (string[] | null)[] = [];
  if (each.every((n) => n.length > 0))
    for (let k = 0; k < KEPT; k++) {
      const union = minimal(each.flatMap((n) => n[Math.min(k, n.length - 1)]!));
      needs.push(union.length <= LIMIT ? union : null);
    }
  // The first union is the one a single set would be: without it, no set is kept.
  return { exact: exact && [...exact], needs: needs[0] ? ranked(needs) : [] };
}

function repeat(r: Reading, min: number, max: number): Reading {
  if (min === 0) return { exact: max === 1 && r.exact ? unique([...r.exact, '']) : null, needs: [] };
  return { exact: min === 1 && max === 1 ? r.exact : null, needs: allNeeds(r) };
}

const isAscii = (c: string) => c.charCodeAt(0) < 128;
/** Characters whose escape stands for the character itself. */
const isIdentityEscape = (c: string) => isAscii(c) && !/[0-9A-Za-z]/.test(c);

/** A one-character literal: ASCII only (see the header), lower-cased. */
function literal(c: string): Reading {
  if (!isAscii(c)) return ANY;
  const l = c.toLowerCase();
  return { exact: [l], needs: [[l]] };
}

/** A recursive-descent reader of a pattern's source, producing the Reading of the whole. */
class SourceReader {
  private i = 0;

  constructor(private readonly src: string) {}

  read(): Reading {
    const r = this.alternatives();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return r;
  }

  private alternatives(): Reading {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  private sequence(): Reading {
    const items: Reading[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')')
      items.push(this.quantified(this.atom()));
    return sequence(items);
  }

  private quantified(r: Reading): Reading {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i)) : null;
      if (!m) return r;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    }
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return this.quantified(repeat(r, min, max));
  }

  private atom(): Reading {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if (c === '*' || c === '+' || c === '?') throw new Error('nothing to repeat');
    return literal(c);
  }

  private group(): Reading {
    const rest = this.src.slice(this.i, this.i + 3);
    let look = false;
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.i, look] = [this.i + 2, true];
    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.i, look] = [this.i + 3, true];
    else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else if (rest.startsWith('?')) throw new Error('unknown group');
    const inner = this.alternatives();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    return look ? EMPTY : inner;
  }

  /** A class of a few plain characters is their set; anything else (ranges, escapes of classes) is any one character. */
  private charClass(): Reading {
    const chars: string[] = [];
    let known = this.src[this.i] !== '^';
    for (;;) {
      let c = this.src[this.i++];
      if (c === undefined) throw new Error('unclosed class');
      if (c === ']') break;
      if (c === '\\') {
        c = this.src[this.i++]!;
        if (!isIdentityEscape(c)) known = false;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') known = false;
      if (!isAscii(c)) known = false;
      chars.push(c.toLowerCase());
    }
    if (!known || chars.length === 0 || chars.length > 8) return ANY;
    const set = unique(chars);
    return { exact: set, needs: [set] };
  }

  private escape(): Reading {
    const c = this.src[this.i++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
    else if (c === 'x') this.i += 2;
    else if (c === 'u') this.i += this.src[this.i] === '{' ? this.src.indexOf('}', this.i) - this.i + 1 : 4;
    else if (c === 'c') this.i += 1;
    else if ((c === 'p' || c === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
    else if (/[1-9]/.test(c)) while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
    if (isIdentityEscape(c)) return literal(c);
    // Classes (\d \w \s…), controls, code points, back-references: not a known literal.
    return ANY;
  }
}

/**
 * Lower-case strings of which every match of `re` contains one, or null when none are known
 * (or the pattern is one this reader does not gate: global, sticky or Unicode-aware).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  return requiredLiteralSets(re)[0] ?? null;
}

/**
 * Every set of lower-case strings of which every match of `re` contains one (at most
 * MAX_NEEDS, the most selective first): a text that lacks all of one set cannot match.
 */
export function requiredLiteralSets(re: RegExp): string[][] {
  if (/[gyuv]/.test(re.flags)) return [];
  try {
    return strongest(allNeeds(new SourceReader(re.source).read()));
  } catch {
    return [];
  }
}

/** A bound on a gate's literals (12, 24 and 64 were measured: 64 spared the most time). */
const MAX_LITERALS = 64;

/** Whether a set is worth a gate: every literal at least MIN_LITERAL characters, at most MAX_LITERALS of them. */
const worthGating = (set: string[]) =>
  set.length <= MAX_LITERALS && set.every((n) => n.length >= MIN_LITERAL);

/**
 * The gate of each pattern that has one worth keeping, by `group.name`: what patternGates.json
 * holds. `needs` is the most selective set, `also` the others that every match holds too.
 */
export function gateEntries(
  groups: Readonly<Record<string, Readonly<Record<string, RegExp>>>>,
): Record<string, GateEntry> {
  const out: Record<string, GateEntry> = {};
  for (const [group, patterns] of Object.entries(groups))
    for (const [name, re] of Object.entries(patterns)) {
      const [needs, ...also] = requiredLiteralSets(re)
        .filter(worthGating)
        .map((set) => [...set].sort());
      if (!needs) continue;
      out[`${group}.${name}`] = { hash: sourceHash(re), needs, ...(also.length > 0 ? { also } : {}) };
    }
  return out;
}
