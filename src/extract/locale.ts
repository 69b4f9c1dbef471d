/**
 * Day-first or month-first? "1/5" is 5 January in New York and 1 May in London. The writer
 * "looks British" (day-first) when, in order of weight:
 * 1. the thread has an unambiguous slash date: "25/3" (first number over 12) says day-first,
 *    "3/25" (second over 12) says month-first, and this evidence decides on its own;
 * 2. otherwise the writer's domain ends in a day-first country code (.uk, .ie, .au, .nz, .za, .in),
 *    or the thread mentions pounds (£, GBP), or it writes dates day-first in words ("15 May")
 *    and never month-first ("May 15").
 * Anything else reads month-first, chrono's default for English.
 */
import type { ExtractionMessage } from './types';

export const LOCALE_PATTERNS = {
  slashDate: /\b(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?\b/g,
  dayFirstDomain: /\.(?:uk|ie|au|nz|za|in)$/i,
  pounds: /£|\bGBP\b|\bpounds sterling\b/,
  /** Country domains whose writers mean their own dollar by a bare "$", or write their own local sign. */
  homeDomain: /\.(au|ca|nz|sg|hk|za|se|no|dk|is|cz|pl|hu|ro)$/i,
  dayMonthWords:
    /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b/i,
  monthDayWords:
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?\b/i,
} as const;

/** +1 day-first, -1 month-first, 0 no unambiguous slash date. */
function slashEvidence(text: string): number {
  // Most threads hold no slash at all: skip the scan (a slash date needs one).
  if (!text.includes('/')) return 0;
  const re = new RegExp(LOCALE_PATTERNS.slashDate.source, 'g');
  let vote = 0;
  let seen = 0;
  for (let m = re.exec(text); m !== null && seen < 200; m = re.exec(text), seen++) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a === 24 && b === 7) continue; // "24/7" is not a date
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) vote++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) vote--;
  }
  return Math.sign(vote);
}

/** What the thread as a whole says about date order, read once per thread. */
export interface ThreadLocale {
  /** +1 day-first, -1 month-first, 0 no unambiguous slash date. */
  slash: number;
  /** Pounds, or day-month words and never month-day words. */
  britishHints: boolean;
}

export function threadLocale(threadText: string): ThreadLocale {
  const P = LOCALE_PATTERNS;
  return {
    slash: slashEvidence(threadText),
    britishHints:
      P.pounds.test(threadText) || (P.dayMonthWords.test(threadText) && !P.monthDayWords.test(threadText)),
  };
}

/** Whether to read numeric dates day-first for a message written by `writerEmail` in this thread. */
export function guessDayFirst(writerEmail: string, thread: string | ThreadLocale): boolean {
  const evidence = typeof thread === 'string' ? threadLocale(thread) : thread;
  if (evidence.slash !== 0) return evidence.slash > 0;
  const domain = writerEmail.slice(writerEmail.lastIndexOf('@') + 1);
  if (LOCALE_PATTERNS.dayFirstDomain.test(domain)) return true;
  return evidence.britishHints;
}

/** The text used for thread-wide locale evidence (bounded so huge threads stay cheap). */
export function threadEvidenceText(messages: ExtractionMessage[]): string {
  let out = '';
  for (const m of messages) {
    out += (m.subject ?? '') + '\n' + m.text.slice(0, 20_000) + '\n';
    if (out.length > 200_000) break;
  }
  return out;
}

/** The currency of the writer's country, from their address's country domain. */
const HOME_CURRENCIES: Record<string, string> = {
  au: 'AUD',
  ca: 'CAD',
  nz: 'NZD',
  sg: 'SGD',
  hk: 'HKD',
  za: 'ZAR',
  se: 'SEK',
  no: 'NOK',
  dk: 'DKK',
  is: 'ISK',
  cz: 'CZK',
  pl: 'PLN',
  hu: 'HUF',
  ro: 'RON',
};

/**
 * Where the mailbox lives, for a writer whose address names no country (a Swedish supplier on a
 * .com address writing "38 000 kr"): only countries whose own sign is no dollar, so the zone never
 * changes what a bare "$" means, only whether "kr", "Kč", "zł", "Ft" or "lei" read as money.
 */
const ZONE_CURRENCIES: Record<string, string> = {
  'Europe/Stockholm': 'SEK',
  'Europe/Oslo': 'NOK',
  'Europe/Copenhagen': 'DKK',
  'Atlantic/Reykjavik': 'ISK',
  'Europe/Prague': 'CZK',
  'Europe/Warsaw': 'PLN',
  'Europe/Budapest': 'HUF',
  'Europe/Bucharest': 'RON',
};

/**
 * The writer's home currency: what a bare "$" means in their mail (an Australian café's "$850" is
 * AUD), and which local signs read as money ("R650" from South Africa, "42.500 kr." from
 * Denmark). From their address's country domain, else from the thread's time zone where that
 * names a country with its own sign (`ZONE_CURRENCIES`); USD otherwise.
 */
export function homeCurrencyOf(writerEmail: string, timeZone?: string): string {
  const m = LOCALE_PATTERNS.homeDomain.exec(writerEmail.trim());
  const byDomain = m ? HOME_CURRENCIES[(m[1] ?? '').toLowerCase()] : undefined;
  return byDomain ?? (timeZone ? ZONE_CURRENCIES[timeZone] : undefined) ?? 'USD';
}
