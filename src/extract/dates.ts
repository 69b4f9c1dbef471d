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
import type { DateTime } from 'luxon';
import {
  addBusinessDays,
  addMonths,
  calendarDay,
  dayOf,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isoOfDay,
  partsOfDay,
  shiftIsoDay,
  weekdayOf,
} from './calendar';

import { gatedChrono } from './chronoGate';
import { DAY_FIRST_CHRONO } from './dayFirstChrono';
import { BILL_TERMS_PATTERNS, billSentNow, lastTerm } from './billTerms';
import { holidayDue } from './holidays';
import { withoutNonDeadlines } from './nonDeadlines';
import { nthWeekdayDue } from './nthWeekday';
import { numberOf } from './numberWords';
import { recurringStartText } from './recurringStart';
import { readingAtLength } from './textScans';
import { schedulesWorkOverSpan } from './workSpan';
import { withCountAfterDateCut } from './countAfterDate';
import { apart, monthFirst } from './monthFirst';
import { dayOfOrdinal } from './ordinalDay';
import { keptEveryDay, withDaySpansRead, withWeekdayPairsRead } from './daySpans';
import { namesSameDayMoreFully, type DayRead } from './sameDayNamed';

export { dateContext } from './sentTime';

export interface DateContext {
  /** The message's sent time, in the user's zone. */
  readonly sent: DateTime;
  /** Its calendar day there, as days since 1970-01-01 (calendar.ts), for the deadline idioms. */
  readonly sentDay: number;
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

/** Receipt of a bill, or bare "receipt" (of the invoice, in terms); not "receipt of your PO". */
const BILL_RECEIPT = String.raw`receipt(?! of (?!(?:the |your |our |this |an? )?invoice))`;

export const DATE_PATTERNS = {
  net: /\bnet[- ]?(\d{1,3})\b/i,
  /** The phrase of a due day read from terms ("net 30", ", 30 days", "payable in 14 days", "on receipt"). */
  termsPhrase: /\bnet\b|\bdays?\b|\breceipt\b|\bimmediately\b/i,
  within: new RegExp(
    String.raw`\b(?:within|in the next|inside(?: of)?|no later than|in(?=\s[\w-]{1,11}\s(?:business|working)\s))\s(${NUM_WORDS})\s(business |working |calendar )?(days?|weeks?|months?|fortnights?)\b`,
    'i',
  ),
  /**
   * "30 days from invoice", "5 days from today": counted from the sent day, where the invoice goes
   * with the message (otherwise nonDeadlines.ts has blanked the term: `fromInvoice`). Not "3 weeks
   * from signing" or "from receipt of your PO": that event's day is not known (`eventSpan`).
   */
  daysAfter: new RegExp(
    String.raw`\b(${NUM_WORDS})\s(business |working |calendar )?(days?|weeks?)\s(?:from|after|of)\s(?:the )?(?:date of )?(?:invoice|${BILL_RECEIPT}|today|this email)\b`,
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
  vagueMonth:
    /\b(?:early|late|in|during|sometime in|around|throughout) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  ordinalDay:
    /\b(?:(?:by|on|before|until|till|than|for|from|starting) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?! (?:floor|storey|story|level|row|page|line|tee|hole|gate|dock|bay|platform|pitch)\b)|(?:by|before|until|till) (\d{1,2})(?:st|nd|rd|th)(?=\s?[.,;:!?)]|\s?$| (?:at|latest|at the latest|eod|cob|if|please|pls|and|so|as|or)\b))/i,
  /** "Saturday the 23rd", "Wednesday 11th": the day number decides, the weekday only confirms it. */
  weekdayOrdinal:
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? (?:the )?(\d{1,2})(?:st|nd|rd|th|(?=\s?[.,;:!?)](?!\d)|\s?$| at\b| (?:please|pls|latest|at the latest|if|so)\b))\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  /** "a week ahead", "30 days after the course", "two days before the event": counted from an event. */
  eventSpan: new RegExp(
    String.raw`\b(?:${NUM_WORDS})\s(?:business |working )?(?:days?|weeks?|months?)\s(?:ahead|before|prior|beforehand|earlier|after(?! (?:today|now|this email|the date of (?:this|the) invoice|invoice|${BILL_RECEIPT})\b)|from (?:receipt|kick-?off|signing|signature|approval|(?:the |your )?(?:order|po|purchase order|deposit|brief|go-ahead|sign-off|start)))\b`,
    'i',
  ),
  /**
   * Chrono results that are not dates in business prose: "the money", "The day rate", "a month"
   * (a rate), and a bare span with no "in" or "within" ("Transit time: 3-4 days" is a duration),
   * nor a number with a unit letter ("Parmesan 24m", "425 W panels": an age or a power, not 24
   * minutes or 425 weeks from now).
   */
  notADate:
    /^(?:the )?(?:money|day|days|week|weeks|month|months|year)$|^(?:a|one|per) (?:day|week|month|year|hour)$|^for \w+ (?:hours?|days?|minutes?)$|^\d{1,3} (?:hours?|days?|weeks?|months?)$|^\d+(?:\.\d+)? ?(?:m|mo|mos|w|wk|wks|h|hr|hrs|d|y|yr|yrs|min|mins)$/i,
  /** "within 14 days of your invoice", "net 45 after installation": counted from an event, not from today. */
  eventAnchor:
    /^,? (?:of|after|from|following|upon) (?!(?:today|now|this (?:email|message|invoice)|the date of this|receipt of this|invoice date)\b)/i,
  /** "Once we receive the samples, we will confirm within 2 days": the span counts from the event named first. */
  eventFirst: /^\W{0,3}(?:once|as soon as|upon|on receipt of|following receipt of)\b/i,
  /** "the weekend of 25 April": the date names the weekend, not the coming one. */
  weekendOf: /\bweekend of(?= (?:the )?\d| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  /** "24/7 cover with weekend on-call", "weekend rates": "weekend" as a kind of time, not a day. */
  weekendAsKind: /^weekends?$/i,
  /** What makes "weekend" a day: "this weekend", "over the weekend", "by weekend". */
  weekendDeterminer: /\b(?:the|this|next|coming|by|over|at|on|during|before|until)\s{1,3}$/i,
  /** "was due on May 1", "overdue since": a date in the past is meant. */
  pastDue: /\b(?:was|were) due\b|\boverdue\b|\bpast due\b|\blate since\b/i,
  /**
   * "the night of Thursday 10 December", "the morning of May 3", "your zorbing afternoon on
   * Thursday 21 May": chrono reads today's part of the day and drops the date; blanked before it.
   */
  partOfDayOf:
    /\b(?:morning|afternoon|evening|night)\s{1,3}(?:of|on)(?=\s{1,3}(?:the\s)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
  /** "from 6:30pm on the day": the event's day, named elsewhere; chrono would read a day of its own. */
  onTheDay: /\bon the day\b(?! (?:after|before)\b)/gi,
  /** "next week Wednesday", "next week on Friday": chrono reads "next week" and a bare weekday apart. */
  nextWeekDay: /\bnext week,? (?:on )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
  /**
   * British "Friday week", "by Tuesday week": a week after the coming Friday or Tuesday, which
   * chrono reads as the coming one. Not "Monday week commencing …", a week named by its first day.
   */
  dayWeek:
    /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day) week\b(?! (?:of|commencing|beginning|starting|ending|after|before)\b)/gi,
  /** Shorthand and common misspellings of "tomorrow" ("tmrw", "tomorow", "tommorrow"). */
  tmrw: /\b(?:tmrw|tmr|tmw|2moro|2morrow|tomoz|tomorow|tommorow|tommorrow|tomorrrow|tomarrow|tmorrow)\b/gi,
  endOfDay:
    /\b(?:eod|end of (?:the )?(?:business )?day|cob|close of (?:business|play)|end of business|eob|end of play|today|tonight|this (?:morning|afternoon|evening)|asap today)\b/i,
  vagueRelative: /^(?:this|next|the following|the coming|coming|following) (?:week|month|year|quarter)$/i,
  ignoredResult:
    /^(?:\d{1,3}[- ]?(?:min(?:ute)?s?|hours?|hrs?)|now|right now|a second|a minute|a moment|a sec|second|may|march|sat|sun|mon|wed|tue|thu|fri|jan|feb|jun|jul|aug|sep|oct|nov|dec|24\/7|\d{1,2}:\d{2}:\d{2})$/,
  mayAsVerb: /^May\s(?:i|we|you|he|she|they|it|be|have|not)\b/i,
  fractionAfter:
    /^(?:\s?(?:of|cups?|inch(?:es)?|miles?|share|off|thick)\b|["”″]|(?:,? (?:and |or )?(?:\d\/\d|full)){0,3}[ -]?sized?\b)/i,
  strongPrefix:
    /(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bdue(?: on| by)?|\bdeadline(?: is| of)?|\bon or before|\bprior to|\bahead of)\s{0,3}(?:the\s|this\s|next\s|eod\s|cob\s|end of day\s)?$/i,
  weakPrefix: /(?:\bon|\bfor|\bat|\bthis|\bnext|\bfrom|\bstarting|\bbeginning)\s{0,3}$/i,
  startsWithThisNext: /^(?:this|next|coming|the)\b/i,
  /**
   * Something chrono could read as a day or a time. A clause whose only digits are money or
   * sizes ("$6,000", "2 MB") skips the parser, the costliest step of extraction.
   */
  chronoHint:
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tonight|tomorrow|tmrw|tmr|tmw|tomorow|tommorow|tommorrow|tomarrow|2morrow|2moro|yesterday|noon|midnight)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m|p\.m)\b|\b\d{1,2}:\d{2}\b|\b(?:in|after) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3}|a couple of|a few) (?:business |working )?(?:days?|weeks?|months?)\b|\b(?:a|one|two|three|four|five|six|\d{1,3}) (?:days?|weeks?|months?) (?:from (?:now|today)|later|time)\b/i,
  /** A deadline word ("by", "before", "due"): only then can a chrono date outrank an ordinal idiom. */
  strongWord: /\b(?:by|before|until|till|no later than|due)\b/i,
  /** An ordinal day said with a weak word ("on the 23rd") yields to a deadline said with "by". */
  weakOrdinal: /^(?:on|for|from|starting|mon|tue|wed|thu|fri|sat|sun)/i,
} as const;

function addSpan(day: number, n: number, business: boolean, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return business ? addBusinessDays(day, n) : day + n;
  if (u.startsWith('week')) return day + 7 * n;
  if (u.startsWith('fortnight')) return day + 14 * n;
  return addMonths(day, n);
}

/** The Friday of the sent week (next week's with "next"); sent on a weekend, the coming one either way. */
function fridayOf(sent: number, next: boolean): number {
  const weekday = weekdayOf(sent);
  if (weekday > 5) return sent + (5 + 7 - weekday);
  const friday = sent + ((5 - weekday + 7) % 7);
  return next ? friday + 7 : friday;
}

const ORDINAL_DAYS = new RegExp(DATE_PATTERNS.ordinalDay.source, 'gi');

/** "we record on the 2nd, files in the drive by the 4th": of two day numbers, the one after "by". */
function deadlineOrdinal(text: string): RegExpExecArray | null {
  if (!text.includes(' the ')) return null;
  ORDINAL_DAYS.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  for (let m = ORDINAL_DAYS.exec(text); m; m = ORDINAL_DAYS.exec(text)) {
    if (DATE_PATTERNS.strongWord.test(m[0])) return first ? m : null;
    first ??= m;
  }
  return null;
}

/** Deadline idioms chrono misses or gets wrong; null when none applies. */
function idiom(text: string, ctx: DateContext): DueDate | null {
  const P = DATE_PATTERNS;
  let m = P.net.exec(text);
  if (m) {
    if (P.eventAnchor.test(text.slice(m.index + m[0].length))) return { due: null, phrase: m[0] };
    return { due: isoOfDay(ctx.sentDay + Number(m[1])), phrase: m[0] };
  }
  // "Invoice for $4,800 is attached, 30 days", "…in your inbox, due on receipt": terms of a bill
  // sent now count from the sent day.
  if (billSentNow(text)) {
    const term = lastTerm(text);
    if (term) return { due: isoOfDay(ctx.sentDay + Number(term[1])), phrase: term[0] };
    const receipt = BILL_TERMS_PATTERNS.onReceipt.exec(text);
    if (receipt) return { due: isoOfDay(ctx.sentDay), phrase: receipt[0] };
  }
  m = P.within.exec(text);
  if (m && (P.eventAnchor.test(text.slice(m.index + m[0].length)) || P.eventFirst.test(text)))
    return { due: null, phrase: m[0] };
  m ??= P.daysAfter.exec(text);
  if (m) {
    const business = !!m[2] && !m[2].toLowerCase().startsWith('calendar');
    return {
      due: isoOfDay(addSpan(ctx.sentDay, numberOf(m[1] ?? '0'), business, m[3] ?? 'days')),
      phrase: m[0],
    };
  }
  m = P.endOfWeek.exec(text);
  if (m) return { due: isoOfDay(fridayOf(ctx.sentDay, P.nextWeekMarker.test(m[0]))), phrase: m[0] };
  m = P.endOfMonth.exec(text);
  if (m) {
    const base = P.nextWeekMarker.test(m[0]) ? addMonths(ctx.sentDay, 1) : ctx.sentDay;
    return { due: isoOfDay(endOfMonth(base)), phrase: m[0] };
  }
  m = P.endOfQuarter.exec(text);
  if (m) {
    const q = Number(m[1] ?? m[2] ?? 0);
    const sent = ctx.sentDay;
    let end = endOfQuarter(sent);
    if (P.nextWeekMarker.test(m[0])) end = endOfQuarter(addMonths(sent, 3));
    if (q) {
      const { year } = partsOfDay(sent);
      end = dayOf(year, q * 3, daysInMonth(year, q * 3));
      if (end < sent) end = dayOf(year + 1, q * 3, daysInMonth(year + 1, q * 3));
    }
    return { due: isoOfDay(end), phrase: m[0] };
  }
  m = P.endOfYear.exec(text);
  if (m) return { due: isoOfDay(dayOf(partsOfDay(ctx.sentDay).year, 12, 31)), phrase: m[0] };
  // "by Wednesday the 29th so it goes out on the 30th": a weekday's day number after a deadline word first.
  const weekday = P.weekdayOrdinal.exec(text);
  const deadlineWeekday = weekday && prefixStrength(text, weekday.index) === 2 ? weekday : null;
  m = deadlineOrdinal(text) ?? deadlineWeekday ?? P.ordinalDay.exec(text) ?? weekday;
  if (m) {
    const day = Number(m[1] ?? m[2]);
    if (day >= 1 && day <= 31) return { due: isoOfDay(dayOfOrdinal(ctx.sentDay, day, m[0])), phrase: m[0] };
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

/**
 * The best chrono result in the clause, or null. Work planned over a span of days is due on its
 * last day ("We'd install over 4-7 November": the 7th; workSpan.ts); any other span, on its first.
 */
function fromChrono(text: string, ctx: DateContext): DueDate | null {
  return bestChrono(text, ctx, schedulesWorkOverSpan(text))?.due ?? null;
}

function bestChrono(text: string, ctx: DateContext, spanEnd = false): { due: DueDate; score: number } | null {
  const P = DATE_PATTERNS;
  if (!P.chronoHint.test(text)) return null;
  const ref = ctx.chronoRef;
  const pastDue = P.pastDue.test(text);
  const habitual = keptEveryDay(text);
  // Chat shorthand for tomorrow; only the date is needed from chrono, so offsets may move.
  // A span counted from an event ("a week ahead", "30 days after the course") is no date.
  let input = text
    .replace(P.tmrw, 'tomorrow')
    .replace(P.partOfDayOf, (words) => ' '.repeat(words.length))
    .replace(P.onTheDay, (words) => ' '.repeat(words.length));
  if (input.includes('ext week'))
    input = input.replace(P.nextWeekDay, (all, day: string) => `next ${day}`.padEnd(all.length));
  // "Friday week": "week" is blanked, and the weekday read where it stood moves on by seven days.
  const weekOn = new Set<number>();
  if (input.includes('day week'))
    input = input.replace(P.dayWeek, (all, day: string, at: number) => {
      weekOn.add(at);
      return day.padEnd(all.length);
    });
  if (input.includes('eekend of')) input = input.replace(P.weekendOf, (words) => ' '.repeat(words.length));
  input = withDaySpansRead(input);
  input = withCountAfterDateCut(input);
  if (P.eventSpan.test(input)) input = input.replace(EVENT_SPANS, (span) => ' '.repeat(span.length));
  // Blanked words leave runs of spaces, and chrono reads "30 June" before three or more as a month of
  // a year to come, dropping the day: a semicolon at the start of the run keeps lengths, ends the date.
  if (input.includes('   ')) input = input.replace(/ {3,}/g, (run) => ' ;' + ' '.repeat(run.length - 2));
  input = withWeekdayPairsRead(input);
  // Without the parsers that cannot match this clause (chronoGate.ts): the same results.
  const parser = gatedChrono(ctx.dayFirst ? DAY_FIRST_CHRONO : en.casual, input, !pastDue);
  let results: ReturnType<typeof en.casual.parse>;
  try {
    results = parser.parse(input, ref, { forwardDate: !pastDue });
  } catch {
    return null;
  }
  const today = ctx.todayIso;
  let best: ({ due: DueDate; score: number } & DayRead) | null = null;
  for (const r of results) {
    const t = r.text;
    if (P.ignoredResult.test(t) || P.notADate.test(t)) continue;
    if (t === 'May' && P.mayAsVerb.test(input.slice(r.index))) continue;
    if (P.weekendAsKind.test(t) && !P.weekendDeterminer.test(input.slice(Math.max(0, r.index - 12), r.index)))
      continue;
    if (t.includes('/') && P.fractionAfter.test(input.slice(r.index + t.length))) continue;
    if (P.vagueRelative.test(t)) continue;
    const s = spanEnd && r.end?.isCertain('day') ? r.end : r.start;
    const dayKnown = s.isCertain('day') || s.isCertain('weekday') || !!r.tags?.().has('result/relativeDate');
    const hourKnown = s.isCertain('hour');
    // A month only ("in April") is vague, and a time of day alone ("from 10am", "by 3pm", "must be
    // finished before 17:00") sets no day: it is said for a day named elsewhere, often the event's
    // (the gold set's tuning part dates about 4 of 105 such clauses).
    if (!dayKnown) continue;
    // "six days a week, by 7am", "On the day we'll … clear by 10:30": a time kept every day sets no day.
    if (habitual && !s.isCertain('day') && !s.isCertain('weekday')) continue;
    // Plain calendar arithmetic (no zone): chrono already resolved the fields in the user's zone.
    let day = calendarDay(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    if (day === null) continue;
    // "by Monday" written on a Monday means next Monday, unless it says "today"/"this";
    // "Friday week" moves the coming Friday on by a week; said on a Friday, it is a week today.
    const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
    if (weekdayOnly && (day === today || weekOn.has(r.index)) && !P.startsWithThisNext.test(t))
      day = shiftIsoDay(day, 7);
    // "December 18, 7pm to midnight": with a time range chrono may put the start a year back.
    if (day < today && !pastDue && !s.isCertain('year') && s.isCertain('month'))
      day = calendarDay((s.get('year') ?? 0) + 1, s.get('month') ?? 1, s.get('day') ?? 1) ?? day;
    if (day < today && !pastDue) continue;
    const d = day;
    const due: DueDate = { due: d, phrase: t };
    if (hourKnown) due.dueTime = `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    const score = prefixStrength(input, r.index) * 2 + (dayKnown ? 1 : 0);
    // "our Thursday run on 5 November": the date says which Thursday (sameDayNamed.ts).
    const read = { due, score, day: d, weekdayOnly, start: r.index, end: r.index + t.length };
    if (!best || score > best.score || (score === best.score && namesSameDayMoreFully(best, read, input)))
      best = read;
  }
  return best;
}

/**
 * The due day of a bill's terms counted from the sent day ("Invoice 2231 for the 20 March shoot
 * is attached, net 30" is due 30 days on, not on the 20th), or null when the clause states none.
 */
export function billTermsDue(clause: string, ctx: DateContext): string | null {
  const due = resolveDue(clause, ctx);
  return due.due && due.phrase && DATE_PATTERNS.termsPhrase.test(due.phrase) ? due.due : null;
}

/** The due date stated in a clause; `due: null` when there is none or only a vague one. */
export function resolveDue(clause: string, ctx: DateContext): DueDate {
  const text = withoutNonDeadlines(clause);
  // The idioms alone test a dozen patterns on it; by now the clause itself has often left the
  // gates' recent texts (textScans.ts), so it would run eight of them ungated again.
  readingAtLength(text);
  const start = recurringStartText(text);
  const first = start !== null ? resolveDue(start, ctx) : null;
  if (first?.due) return first;
  const nth = nthWeekdayDue(text, () => ctx.sent);
  if (nth) return nth;
  const own = idiom(text, ctx);
  if (own?.phrase && DATE_PATTERNS.weakOrdinal.test(own.phrase)) {
    // "The inspector comes on the 23rd and we should have it ready by May 1": "by" wins, not its own
    // weekday ("by Tuesday the 14th"); so does a date with its month said first (monthFirst.ts).
    const strong = bestChrono(text, ctx);
    const other = strong && strong.due.due !== own.due && apart(text, strong.due.phrase, own.phrase);
    if (other && (strong.score >= 5 || monthFirst(text, strong.due.phrase, own.phrase))) return strong.due;
  }
  if (own) return own;
  const parsed = fromChrono(text, ctx);
  if (parsed) return parsed;
  const holiday = holidayDue(text, ctx.sentDay);
  if (holiday) return holiday;
  const eod = DATE_PATTERNS.endOfDay.exec(text);
  if (eod) return { due: isoOfDay(ctx.sentDay), phrase: eod[0] };
  return { due: null };
}
