/**
 * Prices and payment terms stated as facts, in one home for the classifier (is this clause a
 * payment?) and the payee reader (who is paid in this message?). Read from the grammar of a price,
 * not from a trade's words (issue 9, December 2026):
 * - a sum after a copula: "The full-day package is NZD 4,200", "it adds $7,200", "it'll be $650",
 *   "Tooling is a one-off EUR 480,00"; a payment worked out: "30% deposit = USD 13,174.50";
 * - work offered for a set sum or on top: "… for a fixed $2,100", "… a generator for an extra A$95";
 * - a labelled line: "Unit price: USD 148.00 per unit", "Deposit: €500", "Total: $4,000";
 * - a sum charged or priced at: "Catering is charged separately at €62,50 per person";
 * - a rate per unit named with a price noun, after "at" or "as usual": "Rate as usual, ¥14 per word",
 *   "the dinner option is in the attached proposal, at €54 per person";
 * Standing payment terms said without a sum are paymentTerms.ts. Sums that describe a business
 * ("Our revenue is $2m", "Salary band is AED 55,000") are not prices.
 */

import { findMoney } from './money';

/** A currency sign or code before the number ("kr. 2.950,00" too, as Danes and Norwegians write it). */
const CURRENCY = String.raw`(?:[A-Z]{3} ?|[A-Z]{1,3}\$ ?|[$€£¥₹₩₪₺₽₱฿₦₫₴₵₡₸৳₾₲] ?|Rs\.? ?|RM ?|Rp\.? ?|KSh ?|S\/ ?|Fr\. ?|R(?=\d{1,3}[, ]\d{3})|R (?=\d+,\d)|kr\.? ?)`;
const COPULA = String.raw`(?:\b(?:is|are|comes? to|costs?|will be|would be|totals?|stays at|remains(?: at)?|becomes|is priced at|adds?|goes (?:up|down) to|(?:reduced|discounted|lowered|increased|raised|revised|drops|rises) to|(?:brings|bringing) (?:the |it |that )?(?:[\w-]{2,20} ){0,2}to)|'ll be|'d be|'s)(?: (?:just|only|about|around|roughly|approximately|approx\.|a flat|a fixed|a one-off|a one-time|a single|a total of|now|still|an? (?:extra|additional|further)|an?))? `;
/** A bare rand sum before a price's tail ("R60 per tray", "R450 pp"), not a road or a reference ("R62 past …"). */
const BARE_RAND = String.raw`R(?=\d{1,6}(?:[.,]\d{2})?(?: ?(?:per\b|each\b|pp\b|p\.p\.|excl|incl|ex\b|\+|a (?:head|person|night|day|month|week)\b)|\s*(?:[.!;,]|$)))`;
/** The label words of a price line ("Unit price:", "Deposit:", "Annual premium:"). */
const LABEL_WORD = String.raw`\b(?:total|pric(?:e|ing)|fee|cost|quot(?:e|ation)|estimate|rate|deposit|retainer|balance|charge|amount|honorarium|premium|subscription|rent(?:al)?|hire|licen[cs]e|package|payment)s?\b`;
const UNIT = String.raw`(?:word|hour|hr|day|night|person|head|guest|pax|unit|piece|pc|page|item|month|week|seat|user|licen[cs]e|minute|session|episode|post|image|photo|sq ?m|m2|copy|room|cover|case|box|bottle|kg|kilo|litre|liter|pallet|carton|roll|sheet|set|pair|ticket|lesson|class|visit|delivery|shift|meal|plate|sample|test|batch|drop|unit|student|pupil|child|adult|participant|attendee|delegate|container|vehicle|truck|van|load|trip|call-?out)(?:e?s)?\b`;
/** "12", "62,50", "3.960,00", "1,150.00": a number of a price, bounded. */
const NUM = String.raw`\d{1,3}(?:[.,' ]\d{3}){0,4}(?:[.,]\d{1,2})?`;

export const PRICE_PATTERNS = {
  /** A sum after a copula, with its currency ("The total is $8,940", "it'll be $650"). */
  copulaSum: new RegExp(`(?:${COPULA})${CURRENCY}\\d`),
  /** The same, the currency left open, on clauses known to hold money ("comes to 3.960,00 €", "is R60"). */
  copulaNumber: new RegExp(`(?:${COPULA})(?:${CURRENCY}|${BARE_RAND})?\\d`),
  /** A line's label, up to its colon ("Total (incl GST): "); read line by line, so it stays linear. */
  labelHead: /^[ \t]{0,3}([^:\n]{2,40}): ?/,
  labelWord: new RegExp(LABEL_WORD, 'i'),
  /** What follows the label: a sum with its currency first, or any number (the clause has money). */
  sumFirst: new RegExp(`^${CURRENCY}\\d`),
  numberFirst: /^\d/,
  /** "fixed price EUR 9,600", "a fee of £400", "an honorarium of CHF 2,500": a price noun right before its sum. */
  nounSum: new RegExp(
    String.raw`\b(?:price|pricing|fee|cost|total|premium|rent|honorarium|stipend|retainer|deposit)s?(?: (?:of|is|at))? (?:just |only |about )?${CURRENCY}\d`,
    'i',
  ),
  /** "Invoice TD-0342 (USD 14,120) attached", "Deposit invoice (R 36,850)": a bill with its sum in brackets. */
  bracketedSum: new RegExp(
    String.raw`(?<!\b(?:paid|received|settled|cleared) (?:the |your |our |my )?)\b(?:invoice|bill|deposit|balance|retainer)\b(?: [\w#-]{1,20})? \((?:${CURRENCY}|R )\d`,
    'i',
  ),
  /**
   * "charged separately at €62,50", "billed at $95/hour", "priced at 40 EUR": a sum with its
   * currency (not "I was charged for 2 extra bags", "your card will be charged at 10pm").
   */
  chargedAt: new RegExp(
    String.raw`\b(?:charged|priced|billed|invoiced|quoted|costed|charge|bill)(?: (?:separately|extra|additionally|as usual|per (?:person|head|hour|day|unit)))? (?:at|for) (?:a flat |an? )?(?:${CURRENCY}\d|${NUM} ?(?:[A-Z]{3}\b|[€£¥₹$]))`,
  ),
  /**
   * "at €54 per person", "our day rate is ¥14 per word", "$85/hour": a price per unit (the clause
   * has money), offered "at" a sum after a pause or a verb of pricing (not "We stayed at €90 a
   * night"), or at the writer's own rate ("at my usual $85/hour"), or named by the writer's or a determined price noun (not "Hotel prices in Lisbon
   * average €180 a night", a market figure).
   */
  perUnit: new RegExp(
    String.raw`(?:(?:(?:^|[,;:(] ?|\b(?:is|are|be|comes?|comes? in|available|priced|charged|billed|quoted|offered|offer it|works? out|done|do it|fixed|capped|starting|starts|from) )at (?:(?:my|our|the) )?|\bat (?:my|our) )(?:usual |standard |normal |regular )?${CURRENCY}${NUM}|(?:^(?:[\w-]{2,20} )?|\b(?:our|my|the|your|this|that|each|its|their|a|an) (?:[\w-]{2,20} ){0,2})(?:rate|price|fee|charge|cost|tariff)\b[^.!?]{0,25}?${CURRENCY}${NUM}|\bas (?:usual|before|agreed|always|discussed|last time)\b[,:]? ${CURRENCY}${NUM}|^[-•*–] ?${CURRENCY}${NUM}|[,;–] ${CURRENCY}${NUM}(?= ?(?:per|/))) ?(?:(?:per |a |an |/ ?)${UNIT}|(?<=at ${CURRENCY}${NUM} ?)(?:each|apiece|ea\b))`,
    'i',
  ),
  /**
   * A price the writer offers to do it for: "We can agree INR 58,000 for the tax audit", "we can do
   * Rs. 50 for danglers", "For nonprofits I do a flat $1,400 for up to 4 hours", "we can share them
   * for an additional ₹4,000 per video".
   */
  /**
   * "We can prepare them as a separate engagement for a fixed $2,100": work offered for a set sum,
   * with a modal of offering in the clause (`offerModal`; "We rented the van for a fixed $300 a
   * day" reports).
   */
  fixedSum: new RegExp(
    String.raw`\bfor an? (?:fixed|flat|one-off|one-time|all-in|set|total) (?:fee of |price of |sum of )?${CURRENCY}\d`,
    'i',
  ),
  offerModal: /\b(?:can|could|will|'ll|would|'d|shall)\b/i,
  /** "30% deposit = USD 13,174.50", "Deposit 30% = USD 4,500.00": a sum of paying worked out (not "our blended CPA = EUR 42.10"). */
  equalsSum: new RegExp(
    String.raw`\b(?:deposit|balance|advance|total|subtotal|fee|price|cost|instal?ment|payment|retainer)s?(?: \d{1,3}(?:[.,]\d{1,2})? ?%)? ?= ?${CURRENCY}\d`,
    'i',
  ),
  offeredSum: new RegExp(
    String.raw`\b(?:i|we) (?:can |could )?(?:do|agree|offer|go to|accept|share them|do it|do them|do this) (?:it |this |that |them )?(?:for |at )?(?:a flat |an extra |an additional |just |only )?${CURRENCY}\d`,
    'i',
  ),
  /** An option priced on top, owed if taken: "She'd cover 1pm-6pm for an extra £450". */
  extraSum: new RegExp(String.raw`\b(?:for|at) an? (?:extra|additional|further) ${CURRENCY}\d`),
  /** "starts at $780", "is +$60": a sum after the word that prices it (`looseSum`). */
  looseLead: new RegExp(
    String.raw`(?:\b(?:starts?|starting|from)\s(?:at\s)?(?:just\s|only\s)?|(?:^|[\s(,;:])\+\s?)${CURRENCY}\d`,
    'i',
  ),
  /** Each sum with its currency (global; read by `looseSumIn`, which tests what follows it). */
  sumToken: new RegExp(String.raw`${CURRENCY}${NUM}`, 'g'),
  /** What follows a sum that makes it a price: its unit, what it buys, or its tax (anchored). */
  looseTail: new RegExp(
    String.raw`^(?:\s?[A-Z]{3}\b)?\s?(?:(?:per|a|an|each|every|/)\s?${UNIT}|/\s?(?:hr|hour|h|day|wk|week|mo|month|night|pp|head)\b|(?:fitted|installed|supplied|delivered|all in|all up|all-in|inclusive|incl\.?|including|extra|on top|minimum|min|plus (?:vat|gst|hst|tax|[A-Z]{2,4} sales tax)|\+ ?(?:vat|gst|hst|tax))\b)`,
    'i',
  ),
  yourPrice: /\byour (?:usual |normal |standard |agreed |current |new )?(?:rate|price|fee|quote|charge)s?\b/i,
  /** Figures of a market, not a price asked: "Hotels in Lisbon average €180 a night". */
  marketFigure:
    /\b(?:average|averages|typically|usually run|going rate|market rate|in (?:the )?(?:city|area|town|market)|around here|elsewhere|other (?:suppliers|companies|quotes)|competitors?|last year|was|were|paid|spent|cost us|charged us|refund(?:ed)?|capped|cap|approved|stayed|bought|had|seems?|too (?:high|much|steep|expensive)|expensive|pricey|budget|sell|sells|selling|sold|resell|resells|retail|customers|cash ?flow|profit|revenue|turnover|sales)\b/i,
  /** "Price: $49 (was $99)", "£20, RRP £35": a struck-out comparison price marks an offer to the public, not a quote. */
  wasPrice: new RegExp(
    String.raw`\b(?:was|were|rrp|reg\.?|regularly|originally|normally|usually)\)?:? ${CURRENCY}\d`,
    'i',
  ),
  /** A business's figures, or what the writer aims at or has paid: "Our revenue is $2m", "Target price: $0.50". */
  notAPrice:
    /\b(?:budget|revenue|sales|turnover|profits?|margins?|valuation|market|income|earnings|savings|salary|worth|raised|funding|traffic|spend|spent|target|max(?:imum)?|counter[- ]?offer|current plan|paid (?:so far|to date)|(?:already|amount|total) paid)\b/i,
  /** Insurance cover held, with no price word beside it: "Our public liability is £10m with Hiscox". */
  coverHeld:
    /^(?!.*\b(?:total|premium|payable|due|costs?|adds?|fee|price|charge)\b).*\b(?:(?:public|general|product|professional|employers'?) liability|liability (?:cover|insurance|policy)|insurance certificate|certificate of (?:insurance|currency)|COI|(?:farm|liability|insurance) policy|indemnity)\b/i,
  /** "Fee: JPY 1,200,000, as your proposal": the reader's price repeated by its buyer, not the writer's. */
  readersOffer:
    /\b(?:as (?:per |in )?|according to |from |in line with )?your (?:proposal|quote|quotation|offer|estimate|rate card|price list)\b/i,
  /** Nouns that make a sum a price even beside a business word ("our fee is 20% of the salary"). */
  priceWord:
    /\b(?:fees?|prices?|costs?|rates?|invoices?|deposits?|quotes?|quotation|charges?|retainer|instal?ments?)\b/i,
  /** A cost of the work estimated at a sum: "Travel estimated at $1,800" (not a valuation: "The house was estimated at …"). */
  estimatedCost: new RegExp(
    String.raw`\b(?:travel|expenses|costs?|fees?|materials|shipping|freight|labou?r|hosting|printing|postage|accommodation|hotels?|flights?|transport|catering|equipment|hire)(?: [\w-]{2,20}){0,2} (?:is |are |will be )?estimated at (?:about |around |roughly )?${CURRENCY}\d`,
    'i',
  ),
  /** "64 pcs x ", "3 @ ", "12 units at ": a quantity before its unit price. */
  quantityTimes: /^\d{1,7}(?:[.,]\d{1,3})? ?[a-z.]{0,8} ?(?:x|×|@|at) ?$/i,
  /** "2 weeks, ", "3 days – ": how long the priced work takes, before its sum ("Phase 1 – discovery: 2 weeks, EUR 9.600"). */
  durationBefore:
    /^(?:approx\.? |about |~)?\d{1,3}(?:[-–]\d{1,3})? (?:working |business )?(?:days?|weeks?|months?|hours?|hrs|nights?|sessions?)(?:,| [–—-]| at)? $/i,

  /**
   * A line priced by quantity and unit price, without a label's colon: "Flutes (Yamaha YFL-222) x6 @
   * $185/yr = $1,110", "Pallet wrap 40 rolls @ €12.50", "Pine shavings, 120 bags @ $6.40". A
   * number before the "@" is the quantity, in whatever unit: the goods are counted in bales,
   * bunches, bags or themselves.
   */
  atPriceLine: new RegExp(
    String.raw`^[ \t]{0,8}(?:[-•*–][ \t]{0,3})?(?=[^@\n]{0,80}?\d)[A-Za-z\d][^@\n]{1,80}? ?@ ?${CURRENCY}\d`,
  ),
  /** A value that ends with its sum ("Carey Toronto, 2 Cadillac Escalade SUVs, CAD 310 each"). */
  trailingSum: new RegExp(
    String.raw`(?:, ?| [–—-] )${CURRENCY}\d[\d.,']{0,14}(?: ?(?:each(?: way)?|per [a-z]{2,12}|\/ ?[a-z]{2,12}))?(?: ?\+ ?VAT)?\.?$`,
  ),
  /** A line's label, whatever it names, up to its colon or dash ("- Catering:", "Brochures 2.500 ex.:", "Terminal handling – "). */
  itemLabel: /^[ \t]{0,8}(?:[-•*–][ \t]{0,3})?([A-Za-z\d](?:[^:\n]|:(?=\d)){1,80}?)(?::(?!\d) ?| [–—-] )/,
  /** "Total ₹3,50,000", "Grand total (incl. GST) NZ$6,480": a total line written without its colon. */
  totalLine: new RegExp(
    String.raw`^[ \t]{0,8}(?:[-•*–][ \t]{0,3})?(?:sub-?total|grand total|total)(?: \([^)\n]{1,30}\))? ${CURRENCY}\d`,
    'i',
  ),
  /**
   * "2300 CAD + GST all in", "€9,900 + VAT", "£650 ex VAT", "1 290 € HT": a sum with its tax said,
   * a price. The tax is found first and the sum read in the few characters before it
   * (`taxedSum`), so no pattern scans back over a long run of digits.
   */
  taxWord:
    /(?:\+ ?|\bplus |\bex\.? |\bexcl?\.? |\bexcluding |\bincl?\.? |\bincluding )(?:GST|VAT|HST|PST|QST|tax|taxes|BTW|MwSt|TVA|IVA)\b| (?:HT|TTC|H\.T\.)(?!\w)/gi,
  sumBeforeTax:
    /(?:(?:\b[A-Z]{3}|\b[A-Z]{1,3}\$|[$€£¥₹]) ?\d[\d.,' ]{0,14}|\b\d[\d.,' ]{0,14}(?:[A-Z]{3}\b|[€£¥₹$]) ?)$/,
} as const;

/**
 * "Unit price: USD 148.00", "Deposit: €500", "Total (incl GST): NZ$6,480": the first line whose
 * label names a price and whose value opens with a sum (with its currency when `currency`).
 */
function labelledSum(text: string, currency: boolean): RegExpExecArray | null {
  const P = PRICE_PATTERNS;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const head = P.labelHead.exec(line);
    const value = head ? line.slice(head[0].length) : '';
    if (head && P.labelWord.test(head[1] ?? '') && !P.wasPrice.test(value)) {
      if ((currency ? P.sumFirst : P.numberFirst).test(value) || (!currency && P.sumFirst.test(value))) {
        const found = [head[0] + value.slice(0, 12)] as unknown as RegExpExecArray;
        found.index = start;
        return found;
      }
    }
    start = end + 1;
  }
  return null;
}

/** The sentence around `index` (from the last full stop or line break before it). */
function sentenceBefore(text: string, index: number, end: number): string {
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index)) + 1;
  return text.slice(start, end);
}

/**
 * A price its writer states in a message ("The full-day package is NZD 4,200", "Unit price:
 * USD 148.00", "Catering is charged at €62,50 per person", "2300 CAD + GST all in": the side
 * that adds the tax is the one selling), unless a budget, salary or revenue is what is priced. Used by the payee reader.
 */
export function writerPriceIn(text: string): RegExpExecArray | null {
  const P = PRICE_PATTERNS;
  const m =
    P.copulaSum.exec(text) ??
    labelledSum(text, true) ??
    P.chargedAt.exec(text) ??
    taxedSum(text) ??
    looseSumIn(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (P.notAPrice.test(sentenceBefore(text, m.index, end))) return null;
  // The rest of its line ("…, as your proposal"), up to 80 characters.
  const line = text.slice(m.index, end + 80).split('\n', 1)[0] ?? '';
  return P.readersOffer.test(sentenceBefore(text, m.index, m.index) + line) ? null : m;
}

/**
 * A sum said the way small traders price in a hurry (the night part of 3 December 2026): a rate
 * with its unit right after it ("£65 a visit", "CA$189/hr", "2 days at £240 a day"), a sum that
 * says what it buys ("R1,640 fitted", "$1,840 all up", "£480 plus VAT"), a sum the price starts at
 * or adds ("starts at $780", "5ft gate is +$60"). Market figures ("Hotels average €180 a night"),
 * caps, approvals, complaints and questions are left out by the callers (`marketFigure`).
 */
function looseSum(text: string): RegExpExecArray | null {
  const P = PRICE_PATTERNS;
  const lead = P.looseLead.exec(text);
  if (lead) return lead;
  P.sumToken.lastIndex = 0;
  for (let m = P.sumToken.exec(text); m !== null; m = P.sumToken.exec(text)) {
    const end = m.index + m[0].length;
    if (P.looseTail.test(text.slice(end, end + 40))) {
      P.sumToken.lastIndex = 0;
      return m;
    }
  }
  return null;
}

/** A price said in passing ("£65 a visit", "R1,640 fitted"), outside questions and market figures. */
function looseSumIn(text: string): RegExpExecArray | null {
  const P = PRICE_PATTERNS;
  const m = looseSum(text);
  if (!m) return null;
  const sentence = sentenceBefore(text, m.index, m.index + m[0].length + 60);
  // "Your usual rate of €0.09 per word applies": the reader's price, which the writer pays.
  return sentence.includes('?') || P.marketFigure.test(sentence) || P.yourPrice.test(sentence) ? null : m;
}

/** The first sum said with its tax ("€9,900 + VAT"), as a match of the sum and the tax; else null. */
function taxedSum(text: string): RegExpExecArray | null {
  const P = PRICE_PATTERNS;
  P.taxWord.lastIndex = 0;
  for (let tax = P.taxWord.exec(text); tax; tax = P.taxWord.exec(text)) {
    const from = Math.max(0, tax.index - 24);
    const sum = P.sumBeforeTax.exec(text.slice(from, tax.index).trimEnd());
    if (!sum) continue;
    const index = from + sum.index;
    const match = [text.slice(index, tax.index + tax[0].length)] as unknown as RegExpExecArray;
    match.index = index;
    return match;
  }
  return null;
}

/** Whether a clause already known to hold money states it as a price (see the module comment). */
export function statesPrice(clause: string): boolean {
  const P = PRICE_PATTERNS;
  const shaped =
    P.copulaNumber.test(clause) ||
    labelledSum(clause, false) !== null ||
    P.nounSum.test(clause) ||
    P.bracketedSum.test(clause) ||
    P.chargedAt.test(clause) ||
    P.estimatedCost.test(clause) ||
    P.perUnit.test(clause) ||
    P.offeredSum.test(clause) ||
    P.extraSum.test(clause) ||
    (P.fixedSum.test(clause) && P.offerModal.test(clause)) ||
    P.equalsSum.test(clause) ||
    taxedSum(clause) !== null ||
    clause.split('\n').some(pricedLine) ||
    (!clause.trimEnd().endsWith('?') && looseSum(clause) !== null && !P.marketFigure.test(clause));
  return shaped && !P.notAPrice.test(clause) && !P.coverHeld.test(clause);
}

/**
 * "Salary band is AED 55,000-65,000 per month", "Revenue is $2m a month": a figure about a
 * business or a job, with no price noun, stated to inform (the caller checks nothing is owed).
 */
export function businessFigure(clause: string): boolean {
  const P = PRICE_PATTERNS;
  return P.notAPrice.test(clause) && !P.priceWord.test(clause);
}

/**
 * A priced line, the shape of every quote and price list: a label, whatever it names, then its
 * sum ("- Coffee breaks: EUR 9 per person", "Brochures 2.500 ex.: € 4.180,00", "Clementines,
 * 10 kg box: 1,85 €/kg", "Stage with ramp: £650 + VAT"). Not when the label names a budget, a
 * target or what was paid so far (`notAPrice`), the value compares with a former price ("was
 * $99"), or the line repeats the reader's own quote ("…, as your proposal"). The sum must open
 * the value (`opensWithSum`).
 */
export function pricedLine(line: string): boolean {
  const P = PRICE_PATTERNS;
  // A line priced by quantity at a unit price has no label ("Flutes x6 @ $185/yr = $1,110").
  return labelledOrTotalLine(line) || (P.atPriceLine.test(line) && !P.itemLabel.test(line));
}

/** A line priced under its label, or a total line. */
function labelledOrTotalLine(line: string): boolean {
  const head = PRICE_PATTERNS.itemLabel.exec(line);
  return (
    (head ? labelPricesLine(line, head) : PRICE_PATTERNS.totalLine.test(line)) || describedThenPriced(line)
  );
}

/**
 * A package named, described and priced after a last colon ("Essential - 8 hours, one
 * photographer, online gallery: $4,200"): what a price list of packages looks like. The
 * description may hold commas, which a label may not, as long as it is one phrase (no sentence
 * ends in it, nothing is asked) and nothing but the sum and a few words follow the colon.
 */
function describedThenPriced(line: string): boolean {
  const P = PRICE_PATTERNS;
  const colon = line.lastIndexOf(': ');
  if (colon < 3 || colon > 160 || line.length - colon > 42) return false;
  const label = line.slice(0, colon);
  const value = line.slice(colon + 2);
  return (
    sumIn(value)?.index === 0 &&
    !/[?!]/.test(line) &&
    !label.includes('. ') &&
    !P.notAPrice.test(label) &&
    !P.wasPrice.test(value) &&
    !P.readersOffer.test(line)
  );
}

/** A line priced under its label (`head`, the label `itemLabel` found). */
function labelPricesLine(line: string, head: RegExpExecArray): boolean {
  const P = PRICE_PATTERNS;
  const value = line.slice(head[0].length);
  // A sum at the end of the value prices it only under a colon label ("Transfer: Carey Toronto, 2
  // SUVs, CAD 310 each"), not after a name and a dash ("Amy – PO attached for both molds, USD 16,570").
  if (!opensWithSum(value) && !trailingSumUnderLabel(head, value)) return false;
  return !P.notAPrice.test(head[1] ?? '') && !P.wasPrice.test(value) && !P.readersOffer.test(line);
}

/** A short colon label whose one-sentence value ends with the sum. */
function trailingSumUnderLabel(head: RegExpExecArray, value: string): boolean {
  const label = head[1] ?? '';
  return (
    head[0].trimEnd().endsWith(':') &&
    label.length <= 40 &&
    !label.includes(',') &&
    !/[?!]|\. /.test(value) &&
    PRICE_PATTERNS.trailingSum.test(value)
  );
}

/**
 * The first sum in a line's value. This only asks whether the line has the shape of a price, so it
 * also reads the sums only a writer at home in rand or kroner writes ("R 896 000", "kr 48 500"):
 * the caller has already read the clause's money in the writer's own currency.
 */
function sumIn(value: string): { index: number } | undefined {
  const first = findMoney(value)[0];
  if (first || !(value.includes('R') || value.includes('kr'))) return first;
  return findMoney(value, 'ZAR')[0] ?? findMoney(value, 'NOK')[0];
}

/**
 * The sum opens a line's value, or follows its quantity ("64 pcs x RM 185.00", "3 @ $40"), the
 * time the work takes ("2 weeks, EUR 9.600"), or a second label ("Phase 1 – discovery and
 * architecture: 2 weeks, EUR 9.600"). "Date: 14 May, fee £400" is a date line.
 */
function opensWithSum(value: string): boolean {
  const P = PRICE_PATTERNS;
  const first = sumIn(value);
  if (!first) return false;
  if (first.index <= 2) return true;
  const before = value.slice(0, first.index);
  if (P.quantityTimes.test(before) || P.durationBefore.test(before)) return true;
  const colon = before.indexOf(': ');
  return colon > 0 && !before.slice(0, colon).includes(',') && opensWithSum(value.slice(colon + 2));
}

/**
 * Weak evidence that the writer bills: a priced line (`pricedLine`). Line by line: an anchored
 * pattern with the m flag would rescan long lines.
 */
export function labelledPriceIn(text: string): boolean {
  // A line priced only by quantity at a unit price ("Pallet wrap 40 rolls @ €12.50") is as often a
  // buyer's order as a seller's quote, so it says nothing of who bills.
  return text.split('\n').some(labelledOrTotalLine);
}
