/**
 * chronoGate.ts leaves out chrono parsers whose pattern cannot match the clause: the results
 * must be exactly chrono's own, and each gate must hold (no text without the gate's words
 * matches its parser's pattern).
 */
import { en, type Chrono } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHRONO_GATES, gatedChrono, gateOf, patternSource } from '../../../src/extract/chronoGate';

const BASES: [string, Chrono][] = [
  ['casual', en.casual],
  ['GB', en.GB],
];

/** Words and pieces chrono reads, and others around them, to build clauses from. */
const VOCABULARY = [
  ...'send the deck by friday on monday next week this month end of the month tomorrow tonight today now'.split(
    ' ',
  ),
  ...'in within for about around a couple of few several days weeks months hours minutes ago before earlier'.split(
    ' ',
  ),
  ...'later after from out forward henceforth last past night morning afternoon evening noon midday'.split(
    ' ',
  ),
  ...'january feb march apr may june jul august sept oct nov december mon tue wed thu fri sat sun weekend'.split(
    ' ',
  ),
  ...'1 2 3 12 20 31 2026 3/4 12/25/2026 2026-03-02 9:30 10am 3pm 4 p.m. 1st 2nd 23rd the of on at'.split(
    ' ',
  ),
  ...'invoice payment call please we will i can you could $6,000 2 MB - + , . ( ) ? Q2 mid-April'.split(' '),
  'last day',
  'from now',
  'last night',
  'TOMORROW',
  'Friday',
  'MARCH',
];

/** "2 days out", "a week later", "within three hours": a span with the word before or after it. */
const span = fc
  .tuple(
    fc.constantFrom('', 'within', 'in', 'for', 'this', 'next', 'last', 'past', 'after', '+', '-'),
    fc.constantFrom('2', 'a', 'three', 'a couple of', 'few', 'half an', '10'),
    fc.constantFrom('days', 'week', 'months', 'hours', 'min', 'd', 'qtr', 'year'),
    fc.constantFrom(
      '',
      'ago',
      'before',
      'earlier',
      'later',
      'after',
      'from now',
      'henceforth',
      'forward',
      'out',
    ),
  )
  .map((parts) => parts.join(' '));

const clause = fc
  .array(fc.oneof(fc.constantFrom(...VOCABULARY), span, fc.string({ maxLength: 5 })), { maxLength: 16 })
  .map((words) => words.join(' '));

const REFERENCE = { instant: new Date('2026-03-02T14:15:00Z'), timezone: -300 };

function parsed(chrono: Chrono, text: string, forwardDate: boolean): string {
  return JSON.stringify(chrono.parse(text, REFERENCE, { forwardDate }));
}

describe('gatedChrono', () => {
  it('finds a gate for every English parser it knows (a chrono upgrade that changes one fails here)', () => {
    for (const [, base] of BASES) {
      // Without forwardDate every parser of chrono 2.10 needs a word or digit...
      expect(base.parsers.map((p) => gateOf(p, false)).filter((g) => g === null)).toHaveLength(0);
      // ...with it, "within" makes its prefix optional ("a couple of days") and runs always.
      const ungated = base.parsers.filter((p) => gateOf(p, true) === null);
      expect(ungated.map((p) => patternSource(p, true))).toEqual([
        expect.stringContaining('(?:(?:within|in|for)\\s*)?'),
      ]);
    }
    for (const gate of CHRONO_GATES)
      expect(
        en.casual.parsers.filter((p) => gateOf(p, false) === gate),
        gate.signature,
      ).toHaveLength(1);
  });

  it('leaves out the parsers a clause cannot match, and keeps those it may', () => {
    const plain = gatedChrono(en.casual, 'Please send the signed copy', true);
    expect(plain.parsers.length).toBeLessThan(en.casual.parsers.length);
    expect(
      gatedChrono(en.casual, 'by Friday 3/4 at 10am, within 2 days', true).parsers.length,
    ).toBeGreaterThan(plain.parsers.length);
  });

  it('gives chrono its own results with forwardDate: "within" then reads "a couple of days" unprefixed', () => {
    const text = 'We may send this out a couple of days late.';
    expect(parsed(gatedChrono(en.casual, text, true), text, true)).toBe(parsed(en.casual, text, true));
    expect(JSON.parse(parsed(en.casual, text, true))).not.toEqual([]);
  });

  it('holds each gate: a text without any of its words never matches its parser', () => {
    for (const [, base] of BASES)
      for (const forwardDate of [false, true])
        for (const parser of base.parsers) {
          const gate = gateOf(parser, forwardDate);
          if (!gate) continue;
          const pattern = new RegExp(patternSource(parser, forwardDate), 'i');
          const without = clause.filter((t) => !gate.needs.some((w) => t.toLowerCase().includes(w)));
          fc.assert(
            fc.property(without, (t) => !pattern.test(t)),
            { numRuns: 150 },
          );
        }
  });

  it('parses random clauses exactly as chrono does', () => {
    fc.assert(
      fc.property(clause, fc.boolean(), fc.constantFrom(...BASES), (text, forwardDate, [, base]) => {
        expect(parsed(gatedChrono(base, text, forwardDate), text, forwardDate)).toBe(
          parsed(base, text, forwardDate),
        );
      }),
      { numRuns: 600 },
    );
  });
});
