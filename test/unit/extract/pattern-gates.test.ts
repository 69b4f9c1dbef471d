/**
 * patternGates.ts runs a rule's pattern only when the text holds one literal of each set that
 * literalGate.ts read from the pattern's source. The sets must be right (every text the
 * pattern matches holds a literal of every set), the shipped table must be the one the
 * patterns give today, and a gated pattern must answer exactly as the plain pattern does.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isHoldout, loadGold } from '../../../scripts/lib/gold-score';
import { gateEntries, requiredLiteralSets, requiredLiterals } from '../../../src/extract/literalGate';
import GATES from '../../../src/extract/patternGates.json';
import { installPatternGates } from '../../../src/extract/patternGates';
import { readingAtLength } from '../../../src/extract/textScans';
import { PATTERN_GROUPS } from '../../../src/extract/patternGroups';

// Each check reads every pattern over every gold sentence or many random texts: it grows with the
// gold set (about 40-65 s for the gold-sentence check on a loaded shared machine, December 2026).
// A correctness test, so no tight timeout.
vi.setConfig({ testTimeout: 240_000 });

const patterns = Object.entries(PATTERN_GROUPS).flatMap(([group, table]) =>
  Object.entries(table as Record<string, RegExp>).map(([name, re]) => ({ name: `${group}.${name}`, re })),
);

/** A copy of a pattern that no gate is put on. */
const plain = (re: RegExp) => new RegExp(re.source, re.flags);

/** Sentences of the gold set's tuning part (the held-out part is not read here). */
const sentences = loadGold()
  .filter((g) => !isHoldout(g))
  .flatMap((g) => g.thread.messages.flatMap((m) => m.text.split(/(?<=[.?!:;])\s+|\n+/)))
  .filter((s) => s.trim().length > 0);

/** The words and pieces of a pattern's source, to build texts it may match from. */
function piecesOf(re: RegExp): string[] {
  const words = re.source.match(/[A-Za-z']+|\d/g) ?? [];
  return [...new Set(words)].slice(0, 200);
}

const noise = ['', ' ', ', ', '. ', '?', '-', ' the ', ' you ', ' we ', ' 3 ', ' $40 ', 'I', "'s "];

/** Texts of a pattern's own words in random order and case, with spaces and punctuation between. */
function textsFor(re: RegExp): fc.Arbitrary<string> {
  const word = fc.constantFrom(...piecesOf(re), 'x');
  const piece = fc
    .tuple(word, fc.constantFrom(...noise), fc.constantFrom('lower', 'upper', 'title', 'as is'))
    .map(([w, sep, c]) => {
      const cased =
        c === 'lower'
          ? w.toLowerCase()
          : c === 'upper'
            ? w.toUpperCase()
            : c === 'title'
              ? w[0]!.toUpperCase() + w.slice(1)
              : w;
      return cased + (sep || ' ');
    });
  return fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('').trimEnd());
}

/** Whether the text holds a literal of every set. */
const holdsEach = (text: string, sets: readonly (readonly string[])[]) => {
  const lower = text.toLowerCase();
  return sets.every((needs) => needs.some((n) => lower.includes(n)));
};

describe('literalGate', () => {
  it('reads the literals every match needs', () => {
    expect(requiredLiterals(/\b(?:could|can) you\b/i)?.sort()).toEqual(['can you', 'could you']);
    expect(requiredLiterals(/(?:the )?invoice/)).toEqual(['invoice']);
    expect(requiredLiterals(/[Ii]nvoice|\bbill(?:ed)?\b/)?.sort()).toEqual(['bill', 'invoice']);
    expect(requiredLiterals(/\bpay(?:ment)?s? (?:is|are) due\b/i)?.sort()).toEqual([
      'pay are due',
      'pay is due',
      'payment are due',
      'payment is due',
      'payments are due',
      'payments is due',
      'pays are due',
      'pays is due',
    ]);
    expect(requiredLiterals(/please(?! note)/i)).toEqual(['please']);
  });

  it('reads each set that every match needs, apart', () => {
    const sets = (re: RegExp) => requiredLiteralSets(re).map((set) => [...set].sort());
    expect(sets(/\b(?:will|can) (?:send|share)\b.{0,20}\binvoice\b/i)).toEqual([
      ['invoice'],
      ['can send', 'can share', 'will send', 'will share'],
    ]);
    expect(sets(/\bdue (?:by|on)\b.{0,30}\b(?:friday|monday)\b/i)).toEqual([
      ['friday', 'monday'],
      ['due by', 'due on'],
    ]);
    // A set another implies adds nothing: "meeting" is in every one of these.
    expect(sets(/\b(?:before|for|in) (?:the )?meeting\b/i)).toEqual([
      [
        'before meeting',
        'before the meeting',
        'for meeting',
        'for the meeting',
        'in meeting',
        'in the meeting',
      ],
    ]);
    expect(sets(/\d+|invoice/i)).toEqual([]);
  });

  it('reads nothing it cannot be sure of', () => {
    expect(requiredLiterals(/\d+|invoice/i)).toBeNull(); // one branch needs no literal
    expect(requiredLiterals(/(?:re)?send/g)).toBeNull(); // global: the gate keeps no lastIndex
    expect(requiredLiterals(/caf\u00e9/iu)).toBeNull(); // Unicode case folding
    expect(requiredLiterals(/[a-z]{3}/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toEqual(['a']);
  });

  it('never leaves out a text a pattern matches (random texts of its own words)', () => {
    for (const { name, re } of patterns) {
      const sets = requiredLiteralSets(re);
      if (sets.length === 0) continue;
      const p = plain(re);
      fc.assert(
        fc.property(textsFor(re), (text) => !p.test(text) || holdsEach(text, sets)),
        { numRuns: 60, seed: 42, verbose: false },
      );
      expect(name).toBeTruthy();
    }
  });

  it('never leaves out a gold sentence a pattern matches', () => {
    const wrong: string[] = [];
    for (const { name, re } of patterns) {
      const sets = requiredLiteralSets(re);
      if (sets.length === 0) continue;
      const p = plain(re);
      for (const s of sentences) if (p.test(s) && !holdsEach(s, sets)) wrong.push(`${name}: ${s}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('patternGates.json', () => {
  it('holds the gates the patterns give today (else run `npm run gen:gates`)', () => {
    expect(GATES).toEqual(gateEntries(PATTERN_GROUPS));
  });
});

describe('gated patterns', () => {
  installPatternGates();
  const gated = patterns.filter(({ name }) => name in GATES);

  it('are most of the rules', () => {
    expect(gated.length).toBeGreaterThan(150);
  });

  it('answer test and exec exactly as the plain pattern (gold sentences, each read by every pattern)', () => {
    const differ: string[] = [];
    for (const s of sentences.slice(0, 1500))
      for (const { name, re } of gated) {
        const p = plain(re);
        if (re.test(s) !== p.test(s) || JSON.stringify(re.exec(s)) !== JSON.stringify(p.exec(s)))
          differ.push(`${name}: ${s}`);
      }
    expect(differ).toEqual([]);
  });

  it('answer exactly as the plain pattern from the first query on a text read at length', () => {
    const differ: string[] = [];
    for (const s of sentences.slice(0, 300)) {
      readingAtLength(s);
      for (const { name, re } of gated) if (re.test(s) !== plain(re).test(s)) differ.push(`${name}: ${s}`);
    }
    expect(differ).toEqual([]);
  });

  it('answer exactly as the plain pattern on random texts of their own words', () => {
    for (const { re } of gated) {
      const p = plain(re);
      fc.assert(
        fc.property(textsFor(re), (text) => {
          // Read more than once, as the rules do, so the scan itself is used.
          for (let i = 0; i < 10; i++) if (re.test(text) !== p.test(text)) return false;
          return JSON.stringify(re.exec(text)) === JSON.stringify(p.exec(text));
        }),
        { numRuns: 25, seed: 7 },
      );
    }
  });
});
