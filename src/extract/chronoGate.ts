/**
 * chrono-node runs every one of its parsers' patterns over the text it is given, and on the
 * clauses extraction hands it most of them find nothing: on the bench corpus about 40% of
 * chrono's parser time went to patterns that matched nothing (profiled 2026-12-02). Many of
 * those patterns cannot match without a word or a digit of their own ("ago", a month's name,
 * any digit), which a plain substring test rules out far more cheaply. `gatedChrono` returns a
 * Chrono with the same parsers and refiners minus those whose needed word is absent: a parser
 * left out would have returned nothing, so the results are the same.
 */
import { Chrono, ParsingContext } from 'chrono-node';

interface Gate {
  /** A piece of the parser's pattern source that names it (class names do not survive minifying). */
  signature: string;
  /** Lower-case pieces of which the pattern needs one in the text to match at all. */
  needs: readonly string[];
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Every English month name chrono knows starts with one of these (september, sept., sep). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The parsers of chrono 2.10's English casual and GB configurations that need a word or digit.
 * The patterns are case-insensitive without the `u` flag, which folds ASCII letters only, so a
 * match holds the word in ASCII and the lower-cased text contains it. A pattern whose source
 * changes (a chrono upgrade) no longer carries its signature and simply runs ungated;
 * `chrono-gate.test.ts` fails then, so the table is checked again.
 */
export const CHRONO_GATES: readonly Gate[] = [
  { signature: String.raw`(\W|^)([0-9]{4})[-\.\/\s]`, needs: DIGITS }, // 2026-03-02, 2026 Mar 2
  { signature: String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-`, needs: DIGITS }, // ISO
  { signature: String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, needs: DIGITS }, // 3/2
  { signature: String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, needs: DIGITS }, // 3/2026
  { signature: String.raw`(?:(?:at|from)\s*)??(\d{1,4})`, needs: DIGITS }, // 9:30, 3pm
  { signature: String.raw`(?:\s*[-.\/,]?\s*|\s+of\s+)((?:september`, needs: DIGITS }, // 2026 March
  { signature: String.raw`(\W|^)(?:within|in|for)\s*`, needs: ['in', 'for'] },
  { signature: String.raw`(\W|^)(?:on\s{0,3})?((?:(?:twenty seventh`, needs: MONTHS }, // 2 March
  { signature: String.raw`(\W|^)((?:september`, needs: MONTHS }, // March 2
  { signature: String.raw`(\W|^)((?:in)\s*)?((?:september`, needs: MONTHS }, // in March
  {
    signature: String.raw`((?:wednesday|thursday|saturday|tuesday|sunday|monday`,
    needs: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  },
  { signature: String.raw`(?:ago|before|earlier)(?=\W|$)`, needs: ['ago', 'before', 'earlier'] },
  {
    signature: String.raw`(?:later|after|from now|henceforth|forward|out)`,
    needs: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  },
  {
    signature: String.raw`(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)`,
    needs: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  },
  {
    signature: String.raw`(morning|afternoon|evening|night|midnight|midday|noon)`,
    needs: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  },
  { signature: String.raw`(?:last\s+day|end)\s+of\s+(?:the\s+)?month`, needs: ['month'] },
  {
    signature: String.raw`(this|last|past|next|after\s*this)\s*(`,
    needs: ['this', 'last', 'past', 'next', 'after'],
  },
  {
    signature: String.raw`(this|last|past|next|after|\+|-)\s*(`,
    needs: ['this', 'last', 'past', 'next', 'after', '+', '-'],
  },
];

type ChronoParser = Chrono['parsers'][number];

/**
 * The pattern source a parser runs with these options. A pattern may depend on them: with
 * `forwardDate` the "within" parser makes its "within/in/for" optional ("a couple of days"
 * matches), so gates are read for the options of the parse.
 */
export function patternSource(parser: ChronoParser, forwardDate: boolean): string {
  return parser.pattern(new ParsingContext('', new Date(0), { forwardDate })).source;
}

/** The gate whose signature the parser's pattern carries, if exactly one does. */
export function gateOf(parser: ChronoParser, forwardDate: boolean): Gate | null {
  const source = patternSource(parser, forwardDate);
  const found = CHRONO_GATES.filter((g) => source.includes(g.signature));
  return found.length === 1 ? found[0]! : null;
}

interface Gated {
  /**
   * The distinct lists of needed words of the parsers' gates, each tested once per clause:
   * six gates need a digit (the same DIGITS list), and testing it once per gate cost up to
   * 60 substring searches on a clause without one.
   */
  needs: (readonly string[])[];
  /** For each list of needed words, the mask of the parsers left out when the text holds none. */
  masks: number[];
  /** Chrono instances without the parsers of a bit mask, made once per mask. */
  byMask: Map<number, Chrono>;
}

function gatedFor(parsers: ChronoParser[], forwardDate: boolean): Gated {
  const needs: (readonly string[])[] = [];
  const masks: number[] = [];
  // Beyond 31 parsers the mask would not fit: no gating then.
  if (parsers.length <= 31)
    parsers.forEach((parser, i) => {
      const gate = gateOf(parser, forwardDate);
      if (!gate) return;
      let k = needs.indexOf(gate.needs);
      if (k === -1) k = needs.push(gate.needs) - 1;
      masks[k] = (masks[k] ?? 0) | (1 << i);
    });
  return { needs, masks, byMask: new Map() };
}

/** Whether the text holds none of the words. */
function fails(needs: readonly string[], lower: string): boolean {
  for (const w of needs) if (lower.includes(w)) return false;
  return true;
}

/** Per base Chrono, its gates for a parse without and with `forwardDate`. */
const gatedOf = new WeakMap<Chrono, [Gated | null, Gated | null]>();

/**
 * `base` without the parsers that cannot match `text` when parsed with `{ forwardDate }`
 * (`base` itself when all may). Parse with exactly those options.
 */
export function gatedChrono(base: Chrono, text: string, forwardDate: boolean): Chrono {
  let both = gatedOf.get(base);
  if (!both) gatedOf.set(base, (both = [null, null]));
  const slot = forwardDate ? 1 : 0;
  let g = both[slot];
  if (!g) both[slot] = g = gatedFor(base.parsers, forwardDate);
  const lower = text.toLowerCase();
  let mask = 0;
  for (let k = 0; k < g.needs.length; k++) if (fails(g.needs[k]!, lower)) mask |= g.masks[k]!;
  if (mask === 0) return base;
  let chrono = g.byMask.get(mask);
  if (!chrono) {
    chrono = new Chrono({
      parsers: base.parsers.filter((_, i) => !(mask & (1 << i))),
      refiners: base.refiners,
    });
    g.byMask.set(mask, chrono);
  }
  return chrono;
}
