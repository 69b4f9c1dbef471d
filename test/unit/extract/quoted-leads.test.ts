/**
 * quoted.ts tries its line patterns only on lines whose first character after leading white
 * space is the one each pattern needs. These checks hold that skip to the patterns themselves:
 * `isSpace` is exactly `\s`, and whenever a pattern matches, the line's lead is the one it is
 * tried on (so skipping the other lines never changes an answer).
 */
import fc from 'fast-check';
import { isSpace } from '../../../src/core/whiteSpace';
import { describe, expect, it } from 'vitest';
import {
  DASH,
  F,
  GT,
  isMobileLead,
  leadOf,
  O,
  QUOTED_PATTERNS as P,
  STAR,
  UNDERSCORE,
} from '../../../src/extract/quoted';

const SPACES = [' ', '\t', '\u00a0', '\u2007', '\u3000', '\ufeff', '\u000b', '\u180e', '\u200b'];
const PIECES = [
  'On Mon, 2 Mar 2026, Sam <sam@acme.com> wrote:',
  'On 3',
  'wrote:',
  '-----Original Message-----',
  '-- ',
  '--',
  '________',
  '**From:** Sam',
  'From: Sam',
  'Sent: Monday',
  '> quoted',
  'Sent from my iPhone',
  'sent from mail for windows',
  'Get Outlook for iOS',
  'x',
  'O',
  '-',
];
const line = fc
  .array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

describe('quoted lines: the lead skip', () => {
  it('isSpace is exactly \\s', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('a matching line always has the lead its pattern is tried on', () => {
    const cases: [RegExp, (lead: number, t: string) => boolean][] = [
      [P.onWrote, (l) => l === O],
      [P.onWroteStart, (l) => l === O],
      [P.originalMessage, (l) => l === DASH],
      [P.outlookRule, (l) => l === UNDERSCORE],
      [P.headerFrom, (l) => l === STAR || l === F],
      [P.quoteLine, (l) => l === GT],
      [P.mobileSig, (l) => isMobileLead(l)],
      [P.sigDelimiter, (_, t) => t.charCodeAt(0) === DASH],
    ];
    const texts = [...PIECES, ...SPACES.map((s) => s + PIECES[0]), ...fc.sample(line, 5000)];
    for (const t of texts)
      for (const [re, ok] of cases)
        if (re.test(t)) expect([re.source, t, ok(leadOf(t), t)]).toEqual([re.source, t, true]);
  });
});
