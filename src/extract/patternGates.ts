/**
 * Cheap gates in front of the rules' patterns. About a third of extraction time went to
 * running patterns, nearly all of it on texts the pattern could not match (profiled
 * 2026-12-02 on the bench corpus), so each gated pattern first asks whether the lower-cased
 * text holds one of the literals every match of it contains (literalGate.ts reads them from
 * the pattern's source). Once a text has met a few patterns, one scan of it marks every gate
 * whose literals it holds (literalTrie.ts, textScans.ts).
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
import { addLiteral } from './literalTrie';
import { forgetTexts, mayMatch, newGate } from './textScans';
import { PATTERN_GROUPS } from './patternGroups';

export interface GateEntry {
  /** sourceHash of the pattern the literals were read from. */
  hash: string;
  /** Lower-case literals, each of 3 characters or more; every match contains one. */
  needs: string[];
  /**
   * Further such sets, each needed as well ("will ", "can " and then "send", "share"): a common
   * word let most texts past `needs` alone (literalGate.ts).
   */
  also?: string[][];
}

/** FNV-1a of the pattern's source and flags, in hex: what ties a gate to the pattern it was read from. */
export function sourceHash(re: RegExp): string {
  const text = re.source + '/' + re.flags;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** A new gate bit for a set of literals. */
function gateOf(needs: readonly string[]): number {
  const id = newGate();
  for (const text of needs) addLiteral(text, id);
  return id;
}

/** Puts the gate in front of `re`'s own `test` and `exec`. */
function gate(re: RegExp, needs: readonly string[], also: readonly (readonly string[])[]): void {
  const id = gateOf(needs);
  const more = Int32Array.from(also, gateOf);
  // An unmodified copy does the matching: V8 keeps its fast paths for it. Not global nor
  // sticky (literalGate.ts gates no other), so it keeps no state between calls. Made on first
  // use: making all of them at start-up cost about 10 ms.
  let copy: RegExp | null = null;
  const plainOf = () => (copy ??= new RegExp(re.source, re.flags));
  const str = (s: unknown) => (typeof s === 'string' ? s : String(s));
  // `test` and `exec` are called millions of times a pass, nearly all turned away by the gate:
  // written out rather than through the helpers above, whose calls (a closure of each gate's
  // own) V8 could not inline.
  Object.defineProperty(re, 'test', {
    value: (s: unknown) => {
      const text = typeof s === 'string' ? s : String(s);
      return mayMatch(id, more, text) && (copy ?? plainOf()).test(text);
    },
    configurable: true,
  });
  const exec = (s: unknown) => {
    const text = typeof s === 'string' ? s : String(s);
    return mayMatch(id, more, text) ? (copy ?? plainOf()).exec(text) : null;
  };
  Object.defineProperty(re, 'exec', { value: exec, configurable: true });
  // The string methods reach a pattern through these symbols. With `test` and `exec` its own,
  // V8 took the specification's slow path for them: a generic call of `exec` and its result read
  // property by property, about a microsecond a call. They go past the gate to the unmodified
  // copy instead, and a text that fails the gate cannot match: `replace` gives the text back,
  // `search` -1 (the pattern is neither global nor sticky, so lastIndex plays no part).
  Object.defineProperty(re, Symbol.replace, {
    value: (s: unknown, replacement: string | ((...args: never[]) => string)) => {
      const text = str(s);
      return mayMatch(id, more, text) ? plainOf()[Symbol.replace](text, replacement as string) : text;
    },
    configurable: true,
  });
  Object.defineProperty(re, Symbol.match, { value: exec, configurable: true });
  Object.defineProperty(re, Symbol.search, {
    value: (s: unknown) => {
      const text = str(s);
      return mayMatch(id, more, text) ? plainOf()[Symbol.search](text) : -1;
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
      if (entry && entry.hash === sourceHash(re) && !/[gyuv]/.test(re.flags))
        gate(re, entry.needs, entry.also ?? []);
    }
  forgetTexts();
}
