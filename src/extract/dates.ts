/**
 * Due dates. A few deadline idioms chrono does not know ("net 30", "end of week", "EOD",
 * "end of Q2", "mid-April", "the 20th") are resolved here first; everything else goes to
 * chrono's English parser (day-first "GB" variant when the thread looks British), always
 * relative to the message's sent time in the user's time zone and never into the past.
 */
// The root entry, not 'chrono-node/en': Vite and Vitest cannot resolve that subpath export, and
// chrono-node is side-effect free, so bundling `en` from the root tree-shakes to English only
// (checked with a Vite library build: no other locale's words in the output).
import { en } from 'chrono-node';
import { DateTime } from 'luxon';
import { withoutNonDeadlines } from './nonDeadlines';
import { nthWeekdayDue } from './nthWeekday';
import { numberOf } from './numberWords';

export interface DateContext {
  /** The message's sent time, in the user's zone. */
  readonly sent: DateTime;
  /** Its calendar day there, `YYYY-MM-DD`. */
  readonly todayIso: string;
  /** The reference chrono parses against: the sent instant and the zone's offset then. */
  readonly chronoRef: { instant: Date; timezone: number };
  /** Read "1/5" as 1 May rather than 5 January. */
  readonly dayFirst: boolean;
}

export interface DueDate {
  due: string | null;
  dueTime?: string;
  /** The words that gave the date, for confidence and tests. */
  phrase?: string;
}

const NUM_WORDS = String.raw`\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|forty|sixty|ninety|a couple of|a few|a`;

export const DATE_PATTERNS = {
  net: /\bnet[- ]?(\d{1,3})\b/i,
  within: new RegExp(
    String.raw`\b(?:within|in the next|inside(?: of)?|no later than|in(?=\s[\w-]{1,11}\s(?:business|working)\s))\s(${NUM_WORDS})\s(business |working |calendar )?(days?|weeks?|months?|fortnights?)\b`,
    'i',
  ),
  daysAfter: new RegExp(
    String.raw`\b(${NUM_WORDS})\s(business |working |calendar )?(days?|weeks?)\s(?:from|after|of)\s(?:the )?(?:date of )?(?:invoice|receipt|today|this email|signing|signature)\b`,
    'i',
  ),
  endOfWeek:
    /\b(?:(?:the )?end of (?:the |this |next )?(?:work(?:ing)? )?week|eow|by the weekend|before the weekend|end of play friday)\b/i,
  nextWeekMarker: /\bnext\b/i,
  endOfMonth: /\b(?:(?:the )?end of (?:the |this |next )?month|eom|month[- ]end)\b/i,
  endOfQuarter:
    /\b(?:(?:the )?end of (?:the |this |next )?quarter|(?:the )?end of q([1-4])|q([1-4])[- ]end|eoq)\b/i,
  endOfYear:
    /\b(?:(?:the )?end of (?:the |this )?year|eoy|(?:by|at|before|until|till|around) (?:the )?year[- ]end)\b/i,
  midMonth:
    /\bmid[- ]?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i,
  vagueMonth:
    /\b(?:early|late|in|during|sometime in|around|throughout) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  ordinalDay:
    /\b(?:by|on|before|until|till|than|for|from|starting) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  /** "Saturday the 23rd", "Wednesday 11th": the day number decides, the weekday only confirms it. */
  weekdayOrdinal:
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? (?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  /** "a week ahead", "30 days after the course", "two days before the event": counted from an event. */
  eventSpan: new RegExp(
    String.raw`\b(?:${NUM_WORDS})\s(?:business |working )?(?:days?|weeks?|months?)\s(?:ahead|before|prior|beforehand|earlier|after(?! (?:today|now|this email|the date of (?:this|the) invoice|invoice|receipt|signing|signature)\b))\b`,
    'i',
  ),
  /** Chrono results that are not dates in business prose: "the money", "The day rate", "a month" (a rate). */
  notADate:
    /^(?:the )?(?:money|day|days|week|weeks|month|months|year)$|^(?:a|one|per) (?:day|week|month|year|hour)$|^for \w+ (?:hours?|days?|minutes?)$/i,
  /** "within 14 days of your invoice", "net 45 after installation": counted from an event, not from today. */
  eventAnchor:
    /^,? (?:of|after|from|following|upon) (?!(?:today|now|this (?:email|message|invoice)|the date of this|receipt of this|invoice date)\b)/i,
  /** "was due on May 1", "overdue since": a date in the past is meant. */
  pastDue: /\b(?:was|were) due\b|\boverdue\b|\bpast due\b|\blate since\b/i,
  tmrw: /\b(?:tmrw|tmr|tmw|2moro|tomoz)\b/gi,
  endOfDay:
    /\b(?:eod|end of (?:the )?(?:business )?day|cob|close of (?:business|play)|end of business|eob|end of play|today|tonight|this (?:morning|afternoon|evening)|asap today)\b/i,
  vagueRelative: /^(?:this|next|the following|the coming|coming|following) (?:week|month|year|quarter)$/i,
  ignoredResult:
    /^(?:\d{1,3}[- ]?(?:min(?:ute)?s?|hours?|hrs?)|now|right now|a second|a minute|a moment|a sec|second|may|march|sat|sun|mon|wed|tue|thu|fri|jan|feb|jun|jul|aug|sep|oct|nov|dec|24\/7|\d{1,2}:\d{2}:\d{2})$/,
  mayAsVerb: /^May\s(?:i|we|you|he|she|they|it|be|have|not)\b/i,
  fractionAfter: /^\s?(?:of|cup|inch|mile|share|off)\b/i,
  strongPrefix:
    /(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bdue(?: on| by)?|\bdeadline(?: is| of)?|\bon or before|\bprior to|\bahead of)\s{0,3}(?:the\s|this\s|next\s|eod\s|cob\s|end of day\s)?$/i,
  weakPrefix: /(?:\bon|\bfor|\bat|\bthis|\bnext|\bfrom|\bstarting|\bbeginning)\s{0,3}$/i,
  startsWithThisNext: /^(?:this|next|coming|the)\b/i,
  /**
   * Something chrono could read as a day or a time. A clause whose only digits are money or
   * sizes ("$6,000", "2 MB") skips the parser, the costliest step of extraction.
   */
  chronoHint:
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tonight|tomorrow|tmrw|tmr|tmw|yesterday|noon|midnight)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m|p\.m)\b|\b\d{1,2}:\d{2}\b|\b(?:in|after) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3}|a couple of|a few) (?:business |working )?(?:days?|weeks?|months?)\b|\b(?:a|one|two|three|four|five|six|\d{1,3}) (?:days?|weeks?|months?) (?:from (?:now|today)|later|time)\b/i,
  /** The numbers of an en-US formatted instant, month/day/year, hour:minute:second. */
  formattedNumbers: /\d+/g,
  /** A deadline word ("by", "before", "due"): only then can a chrono date outrank an ordinal idiom. */
  strongWord: /\b(?:by|before|until|till|no later than|due)\b/i,
  /** An ordinal day said with a weak word ("on the 23rd") yields to a deadline said with "by". */
  weakOrdinal: /^(?:on|for|from|starting|mon|tue|wed|thu|fri|sat|sun)/i,
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ymd = (d: DateTime) => d.toISODate() ?? null;

function addBusinessDays(d: DateTime, n: number): DateTime {
  let out = d;
  let left = n;
  while (left > 0) {
    out = out.plus({ days: 1 });
    if (out.weekday <= 5) left--;
  }
  return out;
}

function addSpan(d: DateTime, n: number, business: boolean, unit: string): DateTime {
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return business ? addBusinessDays(d, n) : d.plus({ days: n });
  if (u.startsWith('week')) return d.plus({ weeks: n });
  if (u.startsWith('fortnight')) return d.plus({ weeks: 2 * n });
  return d.plus({ months: n });
}

/** The Friday of the sent week (next week's with "next"); sent on a weekend, the coming one either way. */
function fridayOf(sent: DateTime, next: boolean): DateTime {
  const friday = sent.plus({ days: (5 - sent.weekday + 7) % 7 });
  if (sent.weekday > 5) return sent.plus({ days: 5 + 7 - sent.weekday });
  return next ? friday.plus({ weeks: 1 }) : friday;
}

/** Deadline idioms chrono misses or gets wrong; null when none applies. */
function idiom(text: string, ctx: DateContext): DueDate | null {
  const P = DATE_PATTERNS;
  let m = P.net.exec(text);
  if (m) {
    if (P.eventAnchor.test(text.slice(m.index + m[0].length))) return { due: null, phrase: m[0] };
    return { due: ymd(ctx.sent.plus({ days: Number(m[1]) })), phrase: m[0] };
  }
  m = P.within.exec(text);
  if (m && P.eventAnchor.test(text.slice(m.index + m[0].length))) return { due: null, phrase: m[0] };
  m ??= P.daysAfter.exec(text);
  if (m) {
    const business = !!m[2] && !m[2].toLowerCase().startsWith('calendar');
    return { due: ymd(addSpan(ctx.sent, numberOf(m[1] ?? '0'), business, m[3] ?? 'days')), phrase: m[0] };
  }
  m = P.endOfWeek.exec(text);
  if (m) return { due: ymd(fridayOf(ctx.sent, P.nextWeekMarker.test(m[0]))), phrase: m[0] };
  m = P.endOfMonth.exec(text);
  if (m) {
    const base = P.nextWeekMarker.test(m[0]) ? ctx.sent.plus({ months: 1 }) : ctx.sent;
    return { due: ymd(base.endOf('month')), phrase: m[0] };
  }
  m = P.endOfQuarter.exec(text);
  if (m) {
    const q = Number(m[1] ?? m[2] ?? 0);
    let end = ctx.sent.endOf('quarter');
    if (P.nextWeekMarker.test(m[0])) end = ctx.sent.plus({ months: 3 }).endOf('quarter');
    if (q) {
      end = ctx.sent.set({ month: q * 3 }).endOf('month');
      if (end < ctx.sent.startOf('day')) end = end.plus({ years: 1 });
    }
    return { due: ymd(end), phrase: m[0] };
  }
  m = P.endOfYear.exec(text);
  if (m) return { due: ymd(ctx.sent.endOf('year')), phrase: m[0] };
  m = P.midMonth.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    let d = ctx.sent.set({ month, day: 15 });
    if (d < ctx.sent.startOf('day')) d = d.plus({ years: 1 });
    return { due: ymd(d), phrase: m[0] };
  }
  m = P.ordinalDay.exec(text) ?? P.weekdayOrdinal.exec(text);
  if (m) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) {
      let d = ctx.sent.set({ day: Math.min(day, ctx.sent.daysInMonth ?? 28) });
      // Like a weekday: "by the 5th" written on the 5th means next month's.
      if (d <= ctx.sent.endOf('day')) d = ctx.sent.plus({ months: 1 }).set({ day });
      return { due: ymd(d), phrase: m[0] };
    }
  }
  return null;
}

/** How strongly the words just before a date mark it as the deadline (2 strong, 1 weak, 0 none). */
function prefixStrength(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 24), index);
  if (DATE_PATTERNS.strongPrefix.test(before)) return 2;
  if (DATE_PATTERNS.weakPrefix.test(before)) return 1;
  return 0;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

const EVENT_SPANS = new RegExp(DATE_PATTERNS.eventSpan.source, 'gi');

/** The best chrono result in the clause, or null. */
function fromChrono(text: string, ctx: DateContext): DueDate | null {
  return bestChrono(text, ctx)?.due ?? null;
}

function bestChrono(text: string, ctx: DateContext): { due: DueDate; score: number } | null {
  const P = DATE_PATTERNS;
  if (!P.chronoHint.test(text)) return null;
  const parser = ctx.dayFirst ? en.GB : en.casual;
  const ref = ctx.chronoRef;
  const pastDue = P.pastDue.test(text);
  // Chat shorthand for tomorrow; only the date is needed from chrono, so offsets may move.
  // A span counted from an event ("a week ahead", "30 days after the course") is no date.
  let input = text.replace(P.tmrw, 'tomorrow');
  if (P.eventSpan.test(input)) input = input.replace(EVENT_SPANS, (span) => ' '.repeat(span.length));
  let results: ReturnType<typeof en.casual.parse>;
  try {
    results = parser.parse(input, ref, { forwardDate: !pastDue });
  } catch {
    return null;
  }
  const today = ctx.todayIso;
  let best: { due: DueDate; score: number } | null = null;
  for (const r of results) {
    const t = r.text;
    if (P.ignoredResult.test(t) || P.notADate.test(t)) continue;
    if (t === 'May' && P.mayAsVerb.test(input.slice(r.index))) continue;
    if (t.includes('/') && P.fractionAfter.test(input.slice(r.index + t.length))) continue;
    if (P.vagueRelative.test(t)) continue;
    const s = r.start;
    const dayKnown = s.isCertain('day') || s.isCertain('weekday') || !!r.tags?.().has('result/relativeDate');
    const hourKnown = s.isCertain('hour');
    if (!dayKnown && !hourKnown) continue; // month only ("in April"): vague
    // Plain calendar arithmetic (no zone): chrono already resolved the fields in the user's zone.
    let day = calendarDay(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    if (day === null) continue;
    // "by Monday" written on a Monday means next Monday, unless it says "today"/"this".
    if (s.isCertain('weekday') && !s.isCertain('day') && day === today && !P.startsWithThisNext.test(t))
      day = shiftIsoDay(day, 7);
    // "December 18, 7pm to midnight": with a time range chrono may put the start a year back.
    if (day < today && !pastDue && !s.isCertain('year') && s.isCertain('month'))
      day = calendarDay((s.get('year') ?? 0) + 1, s.get('month') ?? 1, s.get('day') ?? 1) ?? day;
    if (day < today && !pastDue) continue;
    const d = day;
    const due: DueDate = { due: d, phrase: t };
    if (hourKnown) due.dueTime = `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    const score = prefixStrength(input, r.index) * 2 + (dayKnown ? 1 : 0);
    if (!best || score > best.score) best = { due, score };
  }
  return best;
}

/** The due date stated in a clause; `due: null` when there is none or only a vague one. */
export function resolveDue(clause: string, ctx: DateContext): DueDate {
  const text = withoutNonDeadlines(clause);
  const nth = nthWeekdayDue(text, () => ctx.sent);
  if (nth) return nth;
  const own = idiom(text, ctx);
  if (own?.phrase && DATE_PATTERNS.weakOrdinal.test(own.phrase) && DATE_PATTERNS.strongWord.test(text)) {
    // "The inspector comes on the 23rd and we should have it ready by May 1": "by" wins, but
    // not its own weekday: "by Tuesday the 14th" is the 14th.
    const strong = bestChrono(text, ctx);
    const other = strong && strong.due.due !== own.due && !own.phrase.includes(strong.due.phrase ?? '');
    if (other && strong.score >= 5) return strong.due;
  }
  if (own) return own;
  const parsed = fromChrono(text, ctx);
  if (parsed) return parsed;
  const eod = DATE_PATTERNS.endOfDay.exec(text);
  if (eod) return { due: ymd(ctx.sent), phrase: eod[0] };
  return { due: null };
}

/**
 * The context for a message: its sent time in the user's zone (its own offset if the zone is
 * unknown). Built lazily: most messages never need a date, and zone math is the costly part.
 */
export function dateContext(
  sentAt: string,
  timeZone: string,
  dayFirst: boolean | (() => boolean),
): DateContext {
  let sent: DateTime | null = null;
  const zoned = (): DateTime => {
    if (sent) return sent;
    let at = DateTime.fromISO(sentAt, { setZone: true });
    if (!at.isValid) at = DateTime.fromMillis(0, { zone: 'utc' });
    const z = at.setZone(timeZone);
    sent = z.isValid ? z : at;
    return sent;
  };
  let today: string | null = null;
  let ref: { instant: Date; timezone: number } | null = null;
  // The common path (chrono's reference, today's date) avoids luxon: Date.parse and one cached
  // Intl formatter per zone are several times cheaper than a zoned DateTime per message.
  let fast: { ms: number; offset: number } | null | undefined;
  const quick = () => {
    if (fast !== undefined) return fast;
    const ms = Date.parse(sentAt);
    const offset = Number.isNaN(ms) ? null : zoneOffsetMinutes(timeZone, ms);
    fast = offset === null ? null : { ms, offset };
    return fast;
  };
  let first: boolean | null = typeof dayFirst === 'boolean' ? dayFirst : null;
  return {
    get dayFirst() {
      first ??= typeof dayFirst === 'function' ? dayFirst() : dayFirst;
      return first;
    },
    get sent() {
      return zoned();
    },
    get todayIso() {
      const q = quick();
      today ??= q
        ? new Date(q.ms + q.offset * 60_000).toISOString().slice(0, 10)
        : (zoned().toISODate() ?? '1970-01-01');
      return today;
    },
    get chronoRef() {
      const q = quick();
      ref ??= q
        ? { instant: new Date(q.ms), timezone: q.offset }
        : { instant: zoned().toJSDate(), timezone: zoned().offset };
      return ref;
    },
  };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The zone's UTC offset in minutes at an instant, or null for an unknown zone. */
export function zoneOffsetMinutes(zone: string, ms: number): number | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  if (!f) return null;
  const asUtc = wallClockAsUtc(f, ms);
  const roundedMs = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((asUtc - roundedMs) / 60_000);
}

/**
 * The zone's wall-clock time at `ms`, read as if it were UTC. The en-US string ("3/2/2026,
 * 09:15:00") is read first: it costs about half of formatToParts' array of objects, and this
 * runs for every message that needs a date. Anything else falls back to the parts.
 */
function wallClockAsUtc(f: Intl.DateTimeFormat, ms: number): number {
  const n = f.format(ms).match(DATE_PATTERNS.formattedNumbers);
  if (n && n.length === 6) return Date.UTC(+n[2]!, +n[0]! - 1, +n[1]!, +n[3]!, +n[4]!, +n[5]!);
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** `YYYY-MM-DD` for a calendar day, or null when it does not exist (31 February). */
function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return t.toISOString().slice(0, 10);
}

function shiftIsoDay(iso: string, days: number): string {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
