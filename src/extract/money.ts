/**
 * Money in a clause: symbol or ISO code before or after the number, either thousands style
 * ("12,500.00", "3.000,50", "1 200"), and k/m suffixes and scale words ("$2.4k", "£1.2m",
 * "₹5 lakh"). Returns the first amount; payment terms ("net 30", "two instalments") are reported
 * separately.
 */
import type { Money } from '../core/expectation';

// Thousands groups are capped at five (10^18): unbounded repetition made the suffixed pattern quadratic.
// Indian grouping first ("1,85,000": lakhs in pairs, then the last three digits).
const NUMBER = String.raw`\d{1,2}(?:,\d{2}){1,5},\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.' ]\d{3}){1,5}(?:[.,]\d{1,2})?|\d{1,18}(?:[.,]\d{1,2})?`;
// Capital letters only tight to the number ("$5M", "£36K", "€2.5Bn"): "USD 40 M" is too rare to
// risk reading a following initial as a scale.
const SUFFIX = String.raw`(?:(?:\s?(?:k|m|mm|mn|bn|thousand|million|billion|[Ll]akhs?|[Ll]acs?|[Cc]rores?)|K|M|MM|MN|Bn|BN|B)\b)?`;
// A bare "R" is the South African rand only when written tight to a grouped sum or to 3+ digits
// with cents ("R1,680", "R450.00"), never "R2", "R 4.10", "Release R2.10", "clause R120.10".
const RAND_NOT_AFTER = [
  'release',
  'version',
  'ver',
  'rev',
  'revision',
  'clause',
  'section',
  'article',
  'rule',
  'item',
  'step',
  'room',
  'model',
  'build',
  'ref',
  'page',
  'table',
  'figure',
]
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`) // any case: the money regex is case-sensitive
  .join('|');
const SYMBOL = String.raw`US\$|USD\$|CA\$|C\$|CAD\$|AU\$|A\$|NZ\$|HK\$|S\$|R\$|TT\$|J\$|NT\$|RD\$|EC\$|N\$|Bds\$|(?<!\b(?:${RAND_NOT_AFTER})\.? )R(?=\d{1,3}(?:[, ]\d{3})+\b|\d{3,6}[.,]\d{2}\b| \d{1,3}(?:[ .]\d{3})*,\d{2}(?!\d))|S\/(?= ?(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{2})?|\d{1,6}[.,]\d{2}|\d{1,4}(?= (?:per|each|a|an|for|including|incl|plus)\b))(?![\d/]))|\$|£|€|¥|₹|₩|₪|₺|₽|₱|฿|₦|₫|₴|₵|₡|₸|৳|₾|₲|CHF|Fr\.|RM|Rp|KSh|Rs\.?(?= ?\d)`;
// PHP, COP, PEN, DOP and NAD count only before a sum grouped in thousands ("COP 3.200.000", "PHP 12,500"):
// "PHP 8.2", "COP 28", "San Marzano DOP 2.5kg" and "NAD83" are not sums.
const CODE = String.raw`USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|SGD|HKD|ZAR|MXN|BRL|AED|SAR|ILS|TRY|KRW|RUB|RON|BGN|THB|MYR|IDR|VND|TWD|KES|NGN|EGP|QAR|KWD|ISK|PKR|CLP|TTD|JMD|XCD|BBD|BSD|ARS|UYU|GHS|TZS|UGX|MAD|OMR|BHD|JOD|LKR|BDT|NPR|CRC|GTQ|RWF|ETB|ZMW|MUR|FJD|XOF|XAF|TND|KZT|UAH|GEL|MNT|KHR|BND|MOP|(?:PHP|COP|PEN|DOP|NAD)(?= ?\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{2})?(?!\d))`;
const WORD = String.raw`dollars|bucks|euros?|pounds sterling|pounds|quid|sterling|rupees|yen|francs`;

export const MONEY_PATTERNS = {
  /** Symbol or code first: "$12,500", "EUR 3.000,50", "£18k". */
  prefixed: new RegExp(
    String.raw`(?<![A-Za-z0-9])(${SYMBOL}|${CODE})\s?(${NUMBER})(${SUFFIX})(?![\d%])`,
    'g',
  ),
  /** Code or word after: "4,750.50 USD", "3,000 euros", "1.200€". */
  /**
   * A currency written after its number ("4,750.50 USD", "3,000 euros", "1.200€"). Only the unit
   * is matched here; the number before it is read by a backwards scan in `numberBefore`, because
   * every regex shape for "digits then unit" tested quadratic on long digit runs.
   */
  unitAfter: new RegExp(String.raw`(?:\b(?:${CODE}|${WORD})\b|€|£|\$)`, 'gi'),
  /**
   * Signs that read as money only in their country's mail (`homeCurrencyOf`): a South African's
   * "R650" or "R68/kg" (not "Release R2"), a Dane's "kr 48 500" (the number after "kr" is read
   * here; "42.500 kr." is read by `localUnitAfter`).
   */
  randPrefixed: new RegExp(
    String.raw`(?<![A-Za-z0-9])(?<!\b(?:${RAND_NOT_AFTER})\.? )R ?(${NUMBER})(${SUFFIX})(?![\d%])`,
    'g',
  ),
  kronePrefixed: new RegExp(
    String.raw`(?<![A-Za-z0-9])(?:kr|KR|Kr)\.? ?(${NUMBER})(${SUFFIX})(?![\d%])`,
    'g',
  ),
  localUnitAfter: /\b(?:kr|KR|Kr)\b/g,
  /** The forint and the leu after their number, read only in their country's mail ("45.000 Ft", "2.300 lei"): "12 ft" is feet. */
  forintAfter: /\bFt\b/g,
  leuAfter: /\blei\b/g,
  /** Signs no other word shares, read in anyone's mail: "4 500 Kč", "1 200 zł". */
  signAfter: /(?<![A-Za-z])(?:Kč|zł)(?![A-Za-z])/g,
  wellGrouped: new RegExp(String.raw`^(?:${NUMBER})$`),
  codeAfter: new RegExp(String.raw`^ ?(${CODE})\b`),
  digit: /\d/,
  terms:
    /\bnet[- ]?\d{1,3}\b|\b(?:in|payable in|across|over|split into) (?:two|three|four|five|six|twelve|\d{1,2}) (?:equal )?(?:monthly |quarterly |annual )?(?:instal?ments|payments|tranches|parts)\b|\b(?:due|payable) (?:up)?on (?:receipt|signing|signature|delivery|completion|approval|invoice)\b|\b\d{1,3}% (?:up ?front|deposit|on (?:signing|signature|completion|delivery|approval))\b|\b(?:upfront|up-front|in advance|in arrears|monthly in advance)\b|\bwithin \d{1,3} (?:business |working |calendar )?days of (?:invoice|receipt|delivery)\b/i,
} as const;

const SYMBOL_CODES: Record<string, string> = {
  US$: 'USD',
  USD$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  CAD$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  TT$: 'TTD',
  J$: 'JMD',
  NT$: 'TWD',
  RD$: 'DOP',
  EC$: 'XCD',
  N$: 'NAD',
  Bds$: 'BBD',
  S$: 'SGD',
  R$: 'BRL',
  R: 'ZAR',
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₺': 'TRY',
  '₽': 'RUB',
  '₱': 'PHP',
  '฿': 'THB',
  '₦': 'NGN',
  '₫': 'VND',
  '₴': 'UAH',
  '₵': 'GHS',
  '₡': 'CRC',
  '₸': 'KZT',
  '৳': 'BDT',
  '₾': 'GEL',
  '₲': 'PYG',
  CHF: 'CHF',
  'Fr.': 'CHF',
  RM: 'MYR',
  'S/': 'PEN',
  Rp: 'IDR',
  KSh: 'KES',
  Rs: 'INR',
  'Rs.': 'INR',
};

const WORD_CODES: Record<string, string> = {
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  quid: 'GBP',
  sterling: 'GBP',
  rupees: 'INR',
  yen: 'JPY',
  francs: 'CHF',
};

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  // Indian scale words: "₹5 lakh" is 500,000, "₹1.2 crore" 12,000,000.
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/**
 * Reads "12,500.00", "3.000,50", "1.200", "2.4". The last separator is the decimal one when
 * both kinds appear; a lone separator followed by exactly three digits groups thousands.
 */
export function parseAmount(raw: string): number {
  const s = raw.replace(/[' ]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimalSep: ',' | '.' | null = null;
  if (lastComma !== -1 && lastDot !== -1) decimalSep = lastComma > lastDot ? ',' : '.';
  else if (lastComma !== -1 || lastDot !== -1) {
    const sep = lastComma !== -1 ? ',' : '.';
    const count = s.split(sep).length - 1;
    const tail = s.length - s.lastIndexOf(sep) - 1;
    // "0.085" has no thousands: a group never starts with a lone zero.
    decimalSep = count === 1 && (tail !== 3 || s.startsWith('0' + sep)) ? sep : null;
  }
  let digits = s;
  if (decimalSep) {
    const at = s.lastIndexOf(decimalSep);
    digits = s.slice(0, at).replace(/[.,]/g, '') + '.' + s.slice(at + 1);
  } else digits = s.replace(/[.,]/g, '');
  return Number(digits);
}

/** Four decimals: unit prices go below a cent ("USD 0.085 per box"). */
function roundAmount(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Stateful copies of the global patterns, compiled once (findMoney is synchronous, never re-entered). */
const MONEY_SCAN = {
  prefixed: new RegExp(MONEY_PATTERNS.prefixed.source, MONEY_PATTERNS.prefixed.flags),
  unitAfter: new RegExp(MONEY_PATTERNS.unitAfter.source, MONEY_PATTERNS.unitAfter.flags),
  randPrefixed: new RegExp(MONEY_PATTERNS.randPrefixed.source, MONEY_PATTERNS.randPrefixed.flags),
  kronePrefixed: new RegExp(MONEY_PATTERNS.kronePrefixed.source, MONEY_PATTERNS.kronePrefixed.flags),
  localUnitAfter: new RegExp(MONEY_PATTERNS.localUnitAfter.source, MONEY_PATTERNS.localUnitAfter.flags),
  forintAfter: new RegExp(MONEY_PATTERNS.forintAfter.source, MONEY_PATTERNS.forintAfter.flags),
  leuAfter: new RegExp(MONEY_PATTERNS.leuAfter.source, MONEY_PATTERNS.leuAfter.flags),
  signAfter: new RegExp(MONEY_PATTERNS.signAfter.source, MONEY_PATTERNS.signAfter.flags),
};

const SIGN_CODES: Record<string, string> = { Kč: 'CZK', zł: 'PLN' };

const DOLLAR_HOMES = new Set(['AUD', 'CAD', 'NZD', 'SGD', 'HKD']);
const KRONE_HOMES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

/** Whether an amount was already read at about this place (a sign before and a code after it). */
function takenAt(found: Found[], index: number): boolean {
  return found.some((f) => Math.abs(f.index - index) < 4);
}

/**
 * Codes read after a number only in upper case: words ("9 try-dives", "3 rub-downs", "40 gel ice
 * packs", "20 mop buckets") and the rarer codes, which the unit scan would otherwise take in any case.
 */
const UPPER_CASE_ONLY_CODE =
  /^(?:try|rub|ron|gel|mop|mad|ban|pen|cop|php|nad|dop|omr|bob|etb|ars|mur|fjd|bnd|khr|mnt|uah|kzt|tnd|xof|xaf|rwf|crc|gtq|lkr|bdt|npr|jod|bhd|tzs|ugx|ghs|uyu|bsd|bbd|xcd|jmd|ttd|zmw)$/;

/**
 * Amounts whose currency is written after the number ("4,750.50 USD", "42.500 kr."): each match
 * of `unit` names the currency (`currencyOf`), and the number before it is read backwards.
 */
function readUnitsAfter(
  text: string,
  unit: RegExp,
  found: Found[],
  currencyOf: (word: string) => string,
): void {
  unit.lastIndex = 0;
  for (let m = unit.exec(text); m !== null; m = unit.exec(text)) {
    if (UPPER_CASE_ONLY_CODE.test(m[0])) continue;
    const before = numberBefore(text, m.index);
    if (!before || takenAt(found, before.index)) continue;
    const currency = currencyOf(m[0]);
    const value = roundAmount(parseAmount(before.number) * multiplierOf(before.suffix, currency));
    if (Number.isFinite(value)) found.push({ index: before.index, money: { value, currency } });
  }
}

/** Each home's own sign before its number ("R650", "kr 48 500"), read only in that country's mail. */
const LOCAL_BEFORE: Readonly<Record<string, RegExp>> = {
  ZAR: MONEY_SCAN.randPrefixed,
  ...Object.fromEntries([...KRONE_HOMES].map((home) => [home, MONEY_SCAN.kronePrefixed])),
};

/** …and after it ("42.500 kr.", "45.000 Ft", "2.300 lei"). */
const LOCAL_AFTER: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries([...KRONE_HOMES].map((home) => [home, MONEY_SCAN.localUnitAfter])),
  HUF: MONEY_SCAN.forintAfter,
  RON: MONEY_SCAN.leuAfter,
};

/** Amounts written with the home country's own sign ("R650", "kr 48 500", "42.500 kr.", "45.000 Ft"). */
function findLocalMoney(text: string, home: string, found: Found[]): void {
  const before = LOCAL_BEFORE[home];
  if (before) {
    before.lastIndex = 0;
    for (let m = before.exec(text); m !== null; m = before.exec(text)) {
      const value = roundAmount(parseAmount(m[1]!) * multiplierOf(m[2] ?? '', home));
      if (Number.isFinite(value) && !takenAt(found, m.index))
        found.push({ index: m.index, money: { value, currency: home } });
    }
  }
  const after = LOCAL_AFTER[home];
  if (after) readUnitsAfter(text, after, found, () => home);
}

interface Found {
  index: number;
  money: Money;
}

/** The scale words read before a currency word ("2.4k EUR", "5 lakh rupees"), longest first ("mm" before "m"). */
const SUFFIX_WORDS = Object.keys(MULTIPLIER).sort((a, b) => b.length - a.length);
const NUMBER_CHARS = "0123456789.,' ";

const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The number written just before `end` ("4,750.50 " before "USD", "2.4k " before "EUR"),
 * scanning backwards at most 40 characters. Null when there is none.
 */
function numberBefore(text: string, end: number): { index: number; number: string; suffix: string } | null {
  let i = end;
  if (text[i - 1] === ' ') i--;
  let suffix = '';
  const lower = text.slice(Math.max(0, i - 9), i).toLowerCase();
  for (const w of SUFFIX_WORDS) {
    if (!lower.endsWith(w)) continue;
    const at = i - w.length;
    const prev = text[at - 1];
    if (isLetter(prev)) continue;
    suffix = w;
    i = prev === ' ' ? at - 1 : at;
    break;
  }
  if (!isDigit(text[i - 1])) return null;
  let start = i;
  while (start > 0 && i - start < 40 && NUMBER_CHARS.includes(text[start - 1]!)) start--;
  while (start < i && !isDigit(text[start])) start++;
  if (isLetter(text[start - 1]) || isDigit(text[start - 1])) return null;
  let token = text.slice(start, i);
  // "in 2026 1,200 EUR", "FT 2026/318, 1 955,70 €": when the run is not one number, keep the
  // longest well-grouped number after one of its spaces.
  for (let cut = token.indexOf(' ') + 1; cut > 0 && !MONEY_PATTERNS.wellGrouped.test(token);) {
    start += cut;
    token = token.slice(cut);
    cut = token.indexOf(' ') + 1;
  }
  if (!MONEY_PATTERNS.wellGrouped.test(token)) return null;
  return { index: start, number: token, suffix };
}

/** Where lakh and crore count money: "CHF 400 lac" is no Swiss sum of 40 million. */
const LAKH_CURRENCIES = new Set(['INR', 'PKR', 'NPR', 'BDT', 'LKR']);
const INDIAN_SCALE = new Set(['lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores']);

function multiplierOf(suffix: string, currency: string): number {
  const key = suffix.trim().toLowerCase();
  if (!key || (INDIAN_SCALE.has(key) && !LAKH_CURRENCIES.has(currency))) return 1;
  return MULTIPLIER[key] ?? 1;
}

/**
 * Every amount in the text, in order of appearance. `home` is the writer's home currency
 * (`homeCurrencyOf` in locale.ts): what a bare "$" means (an Australian café's "$850" is AUD) and
 * which local signs count ("R650" from a South African).
 */
export function findMoney(text: string, home = 'USD'): Found[] {
  const found: Found[] = [];
  // Every amount has a digit; most clauses have none, and this runs on every clause.
  if (!MONEY_PATTERNS.digit.test(text)) return found;
  const dollar = DOLLAR_HOMES.has(home) ? home : 'USD';
  const pre = MONEY_SCAN.prefixed;
  pre.lastIndex = 0;
  for (let m = pre.exec(text); m !== null; m = pre.exec(text)) {
    const [, sym = '', num = '', suffix = ''] = m;
    // "$17,100 MXN": a code written after a bare dollar sign names which dollar (or peso) it is.
    const codeAfter =
      sym === '$' ? MONEY_PATTERNS.codeAfter.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
    const currency = codeAfter ?? (sym === '$' ? dollar : (SYMBOL_CODES[sym] ?? sym.toUpperCase()));
    const value = roundAmount(parseAmount(num) * multiplierOf(suffix, currency));
    if (Number.isFinite(value)) found.push({ index: m.index, money: { value, currency } });
  }
  readUnitsAfter(text, MONEY_SCAN.unitAfter, found, (word) =>
    word === '$' ? dollar : (WORD_CODES[word.toLowerCase()] ?? SYMBOL_CODES[word] ?? word.toUpperCase()),
  );
  readUnitsAfter(text, MONEY_SCAN.signAfter, found, (sign) => SIGN_CODES[sign]!);
  if (home !== 'USD' && !DOLLAR_HOMES.has(home)) findLocalMoney(text, home, found);
  return found.sort((a, b) => a.index - b.index);
}

export function parseMoney(text: string): Money | null {
  return findMoney(text)[0]?.money ?? null;
}

export function paymentTerms(text: string): string | undefined {
  return MONEY_PATTERNS.terms.exec(text)?.[0];
}
