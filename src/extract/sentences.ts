/**
 * Splits live text into sentences, then sentences into clauses, keeping offsets into the
 * original text. A hand-written scanner rather than one big regex: it stays linear on any
 * input and knows about abbreviations, decimals, bullets and hard-wrapped lines.
 */
import type { Span } from './types';
import { confirmsBooking, YOURE_BOOKED } from './confirmedBooking';

export const SENTENCE_PATTERNS = {
  bullet: /^\s{0,8}(?:[-*•·◦▪]|\d{1,2}[.)]|[a-z][.)]|\(\w\))\s{1,4}/,
  abbreviation:
    /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|inc|ltd|co|corp|no|approx|incl|excl|e\.g|i\.e|a\.m|p\.m|p\.p|u\.s|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|fig|ref|dept|est|ext|min|max|rs)\.$/i,
  /**
   * An abbreviation that still ends its sentence when a capital follows: "ready by Wednesday 11
   * Feb. One request from legal", "chairs, tables etc. The van", "€42,50 p.p. Please confirm" (not
   * "Feb. 11", "approx. Tuesday", "€42,50 p.p. (250 guests)").
   */
  abbreviationAtEnd: /(?:\d (?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\betc|\bp\.p)\.$/i,
  /**
   * A capital initial in a list or at the start ("Salmonella, E. coli", "S. aureus"), read
   * case-sensitively with what follows it; not "option B. could you …" in lower-case mail.
   */
  initial: /(?:^|[,(] ?)[A-Z]\.$/,
  /**
   * A money word cut short that a number or a lower-case word follows ("kr. 6.800,00", "kr 37 100,-
   * eks. mva", "zzgl. MwSt" is caught by the capital rule): part of the amount, not a sentence's end.
   */
  moneyAbbreviation: /(?:^|[\s(\d])(?:kr|eks|ekskl|inkl|ex|exkl|zzgl|ca)\.$/i,
  listNumber: /^\s{0,8}\d{1,2}$/,
  /**
   * "Payment terms: 30% with order", "Lead time: 6 weeks", "Origin charges (DG docs, THC): USD
   * 680", "Week 2 — go-live", "Optional 1:1 coaching: SGD 450", "Hilux 2.8 diesel: R$ 6.890,00": a
   * labelled line starts a new item, whatever its label holds short of a sentence's end (a colon or
   * a point between digits is part of the label). Dashes arrive normalised to "-" (normalize.ts).
   */
  labelLine: /^\s{0,8}[A-Z\d](?:[^:.!?\n]|[:.](?=\d)){1,60}(?:: | [—–-] )/,
  /**
   * A line that ends on a sum ("Sound mix 5.1 + stems (8 days): $14,200", "Staff (4 persons)
   * ¥96,000", "Stage with ramp: £650 + VAT", "Plated: MXN 890 per person", "Materials: R450 pp =
   * R6 300", "kr 6 900"): a priced line of a quote, complete in itself. Read on the line's last
   * 40 characters only.
   */
  sumAtEnd:
    /(?:(?:\b[A-Z]{3}|\b[A-Z]{1,3}\$|[$€£¥₹]|\bR(?=\d{1,3}[ ,]\d{3}\b|\d{3,})|\bkr\.?) ?\d[\d.,' ]{0,14}|\d[\d.,' ]{0,14}(?: ?[€£¥₹$]|[A-Z]{3}\b))(?:[.,]-{1,2}|\.–)?(?: ?(?:per |\/ ?|an? )[a-z]{2,12}| each)?(?: ?(?:\+|ex\.?|excl?\.?|incl?\.?|plus) ?(?:VAT|GST|HST|tax|BTW|MwSt))?(?: ?\([^()\n]{1,25}\))?$/,
  /** Words an emoji cannot end a sentence after: a preposition, an article or a possessive. */
  emojiInPhrase: /\b(?:to|in|on|at|by|for|from|with|into|of|the|a|an|our|your|my|their)\s*$/i,
  /** What goes on the sentence before an emoji: its deadline ("🙏 Ideally by Thursday"). */
  emojiTail: /^(?:ideally|hopefully|preferably|latest|by|before|asap)\b/i,
  /** A line that opens a new item: a capital or a digit (a hard-wrapped sentence goes on in lower case). */
  itemStart: /^\s{0,8}[A-Z\d]/,
  /**
   * A line ending in a web address given after a colon ("Here's the payment link: https://pay.example/b/FA1211"): no
   * wrapped sentence goes on after it when the next line opens a new item (`itemStart`).
   */
  urlAtEnd: /:\s{1,2}(?:https?:\/\/|www\.)\S*$/i,
  /**
   * Where a sentence may split into clauses that each carry their own obligation; a dash before an
   * ask cuts too ("I'll confirm it myself – please send them to me", "I'll email the form tomorrow
   * – just fill it in and send it back"), not one before "I'll", which
   * as often explains what came before ("Final invoice: €3,200 – I'll send it once we go live",
   * "I'll send the deck tonight – I'll keep it short"), unless the writer's paying follows an ask
   * to send ("Please send the deposit invoice – we'll pay within a week"; splitClauses). A comma
   * cuts before the writer's paying habit ("Please send invoices to ap@…, we pay within 30 days",
   * "…, our accountant pays within 7 days of invoice").
   */
  clauseBreak: new RegExp(
    String.raw`(?:; |, (?:and|but|so|then|plus|while|whereas) |,? (?:and|but|also|then|so) (?=(?:also |then |in the meantime,? |meanwhile,? )?(?:i'll|i will|we'll|we will|will (?:send|email|share|deliver|pay|transfer|wire|sign|return|forward|get|have|book|call|confirm|let)\b|i'm going to|we're going to|please|could you|can you|would you|will you|let's|you'll|you will|could we|can we|i need|we need|i'd like|we'd like)\b|(?:our|my|the|their) (?:[\w'-]{1,20} ){1,3}(?:will|must|may only|has to|have to|needs to|need to|shall)\b)| - (?=${YOURE_BOOKED})| - (?=(?:please|kindly|could you|can you|would you|will you)\b(?! (?:do|manage|make|confirm) (?:that|it|this)\b| let (?:me|us) know\b)|just (?:send|email|forward|fill|sign|pop|drop|give)\b|(?:we|i)(?:'ll| will)? pay (?:it |them |the (?:invoice|balance|deposit) )?(?:within|in|on|by|net)\b|(?:i|we)(?:'ll| will) (?!be\b|keep\b)|(?:our|my) (?:[\w'-]{1,20} ){1,3}will (?!be\b|not\b)|(?:(?:the|this|that|these|those|it|they|there) )?(?!(?:please|kindly|i|we|you|and|or|but|so|then)\b)[a-z][\w'-]{1,20} (?:will|is|are|won't|isn't|aren't|should|may|might)\b)|, (?=(?:also |then |in the meantime,? |meanwhile,? )?(?:i'll|i will|we'll|we will|i'm going to|we're going to|please|could you|can you|would you|will you|let's|you'll|you will|could we|can we|i need|we need|i'd like|we'd like)\b|(?:we're|we are) on (?:net|\d{1,3}[- ]?days?)\b|(?:we|i) (?:always |usually |normally )?pay (?:on |within |in |by |at |net\b)|our (?:[\w'-]{1,20} ){0,2}pays (?:within|in|on|by|net)\b|our (?:payment |standard )?terms are\b|(?:he|she|they)(?:'ll| will) (?!be\b)|(?:our|my) (?:[\w'-]{1,20} ){1,4}will (?!be\b|not\b|have\b|need\b)|(?:[\w'-]{1,20} ){1,3}to follow\b|(?:i'm|we're|i am|we are) (?:still )?waiting (?:on|for) (?:the|a|their|his|her)\b))`,
    'gi',
  ),
} as const;

/** A cut before "and" and a subject with its own modal ("… and the chairs must pass …"; `splitClauses`). */
const AND_SUBJECT_CUT = /^,? and (?:our|my|the|their) /i;
/**
 * A modal of the clause before such a cut, or an ask: without one, "and" joins two subjects ("The
 * chairs you've ordered and the matching tables will …") or follows a statement ("The call is
 * booked for Tuesday and my assistant will send the invite"), which keeps its date.
 */
const MODAL_BEFORE =
  /\b(?:will|shall|must|need to|needs to|has to|have to|should|can|could|would)\b|'(?:ll|d)\b|^\W{0,3}(?:please|kindly) (?!note|make sure|be aware|remember|bear in mind|confirm|check|let)\w/i;

/**
 * Or a plain statement with no day of its own ("Order is placed with Autodesk and the 22 seats will
 * be in your admin console by end of day", "Our receiving hours are 9-11 only, and the drivers must
 * phone …"), not one inside a relative clause ("The items that are in stock and …").
 */
const STATEMENT_BEFORE = /^\W{0,3}(?:[\w'-]+ ){0,6}?(?:is|are)\b/i;
const RELATIVE_OR_DAY =
  /\b(?:that|which|who|whom|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|tomorrow)\b|\d{1,2}(?:st|nd|rd|th)\b/i;

/** The comma cut before a colleague's act ("…, our sound guy Ray will bring …"). */
const OUR_ACT_CUT = /^, (?:our|my) /i;

/**
 * The writer's paying after a dash, an obligation of its own after an ask to send ("Please send the
 * invoice - we'll pay within a week"); after a bare instruction ("Invoices to ap@… please - we pay
 * on net 30") the two stay one item.
 */
const PAYS_AFTER_DASH = /^(?:we|i)(?:'ll| will)? pay\b/i;
const SENDS = /\b(?:send|email|forward|issue|raise|share)\b/i;

/**
 * The writer's side promising after a dash, an obligation of its own after an ask ("Please tell
 * the owners we're in - I'll have our accountant wire the deposit by Friday").
 */
const COMMITS_AFTER_DASH = /^(?:(?:i|we)(?:'ll| will)|(?:our|my) (?:[\w'-]{1,20} ){1,3}will) /i;
const ASKS = /\b(?:please|could you|can you|would you|kindly)\b/i;
/**
 * A second hand-over to the reader, not an explanation of the first: "Deposit will be wired on
 * Monday - I'll email you the bank slip the same day" (against "… – I will make sure Legal has
 * signed it first").
 */
const HANDS_TO_READER =
  /^(?:i|we)(?:'ll| will) (?:also )?(?:send|email|e-mail|forward|share|give|courier|post|text) (?:you|over|across)\b/i;
/** A reply's opening thanks or acknowledgement ("Thanks for the draft - we'll send comments by Friday"). */
const ACKNOWLEDGES =
  /^\W{0,3}(?:thanks|thank you|many thanks|great|perfect|noted|got it|understood|sounds good|received)\b/i;

/**
 * Whether the dash at `at` cuts (the clause before it opens at `from`): after a clause with its
 * own verb of obligation, and before the writer's paying after an ask to send. Before the
 * writer's side promising, only after an ask or a reply's thanks ("Thanks for the draft - we'll
 * send comments by Friday"): a promise after a promise explains it ("I'll send the contract on
 * Friday – I will make sure Legal has signed it first").
 */
function keepsDashCut(text: string, at: number, from: number): boolean {
  const before = text.slice(from, at);
  const after = text.slice(at + 3, at + 60);
  // "Deposit received, thanks - you're confirmed for Friday 26 June": the booking is the item.
  if (confirmsBooking(after)) return true;
  const pays = PAYS_AFTER_DASH.test(after);
  if (pays && SENDS.test(text.slice(0, at))) return true;
  if (!COMMITS_AFTER_DASH.test(after)) return OWN_VERB.test(before);
  if (HANDS_TO_READER.test(after) && OWN_VERB.test(before)) return true;
  return ASKS.test(before) || ACKNOWLEDGES.test(before) || (pays && OWN_VERB.test(before));
}

/** A verb of obligation of the clause's own (`splitClauses`' dash cut). */
const OWN_VERB = /\b(?:will|'ll|shall|must|requires?|need|needs|pays|is going to|are going to)\b/i;

// Character codes, not one-character strings and Sets: the scan below visits every
// character of every message.
/** . ! ? */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** " ' ) ] ’ ” */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d;
}

/** Space, tab, newline, carriage return, form feed, vertical tab (false past the end). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Trims whitespace and a leading bullet marker; returns null for an empty span. */
function tidy(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return null;
  const head = text.slice(start, Math.min(end, start + 16));
  const m = SENTENCE_PATTERNS.bullet.exec(head);
  if (m && m[0].length < end - start) start += m[0].length;
  return start < end ? { start, end } : null;
}

/**
 * Joins line ranges into blocks: consecutive lines merge only when the earlier one looks
 * hard-wrapped (long, no closing punctuation) and the next neither starts a bullet nor a
 * new paragraph.
 */
function blocks(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && canJoin(text, prev, line)) prev.end = line.end;
    else out.push({ start: line.start, end: line.end });
  }
  return out;
}

function canJoin(text: string, prev: Span, line: Span): boolean {
  // Only lines separated by exactly one newline (liveRanges splits paragraphs on blank lines).
  const gap = text.slice(prev.end, line.start);
  if (gap.length > 2 || gap.indexOf('\n') === -1 || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  let e = prev.end;
  while (e > prev.start && isSpace(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  // . ! ? : , ;
  if (isTerminal(last) || last === 58 || last === 44 || last === 59) return false;
  const lastLineStart = text.lastIndexOf('\n', e - 1) + 1;
  const width = e - Math.max(prev.start, lastLineStart);
  if (width < 50) return false;
  const head = text.slice(line.start, Math.min(line.end, line.start + 80));
  // Mail clients that hard-wrap do so at 72 to 78 characters, so a wrapped line runs to about 60 at
  // least; a shorter one followed by a capital is a line of its own ("Conference hall for 90 pax
  // with a projector" over "One dinner on the lawn for 90 guests"). Lower case goes on a sentence.
  if (width < 60 && SENTENCE_PATTERNS.itemStart.test(head)) return false;
  if (
    SENTENCE_PATTERNS.itemStart.test(head) &&
    SENTENCE_PATTERNS.urlAtEnd.test(text.slice(Math.max(prev.start, lastLineStart, e - 300), e))
  )
    return false;
  // A hard-wrapped sentence does not go on with a bullet or with a labelled line, nor after a
  // priced line when the next opens a new item.
  if (SENTENCE_PATTERNS.bullet.test(head) || SENTENCE_PATTERNS.labelLine.test(head)) return false;
  const tail = text.slice(Math.max(prev.start, lastLineStart, e - 40), e);
  if (!SENTENCE_PATTERNS.sumAtEnd.test(tail)) return true;
  // Two priced lines in a row are two items of a quote, whatever case the second opens with
  // ("2 x 15A circuits: $1,140 AUD" then "hang and wire 4 pendants: $520 AUD").
  const nextTail = text.slice(Math.max(line.start, line.end - 40), line.end).trimEnd();
  return !SENTENCE_PATTERNS.itemStart.test(head) && !SENTENCE_PATTERNS.sumAtEnd.test(nextTail);
}

/**
 * Where a run of emoji ends a sentence ("the open house is too important 😊 I'll wire the
 * deposit Friday"): pictographs (surrogate pairs from U+1F000, which take in skin tones) and the
 * joiners and variation selectors between them, then spaces and a capital. The index after the
 * run, or -1. Only the pictographs' high surrogates start the check, so plain text pays nothing.
 */
function emojiSentenceEnd(text: string, i: number, end: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c >= 0xd83c && c <= 0xd83e && j + 1 < end) j += 2;
    else if (c === 0x200d || c === 0xfe0f) j++;
    else break;
  }
  if (j >= end || !isSpace(text.charCodeAt(j))) return -1;
  let k = j;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  const next = text.charCodeAt(k);
  if (next < 65 || next > 90) return -1;
  // Not inside a phrase ("upload the files to 📁 Shared Drive") nor before its own tail ("🙏 Ideally by Thursday").
  const before = text.slice(Math.max(0, i - 12), i);
  const after = text.slice(k, k + 16);
  return SENTENCE_PATTERNS.emojiInPhrase.test(before) || SENTENCE_PATTERNS.emojiTail.test(after) ? -1 : j;
}

/** The code of the first character from `j` on that is not a space (NaN at `end`). */
function nextAfterSpaces(text: string, j: number, end: number): number {
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  return text.charCodeAt(j);
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A date's month or "etc." closing a sentence: the next word starts with a capital. */
function endsBeforeCapital(text: string, before: string, j: number, end: number): boolean {
  return SENTENCE_PATTERNS.abbreviationAtEnd.test(before) && isUpper(nextAfterSpaces(text, j, end));
}

/** Whether a lower-case letter comes next (after spaces). */
function lowerCaseNext(text: string, j: number, end: number): boolean {
  return isLower(nextAfterSpaces(text, j, end));
}

/** Whether a digit or a lower-case letter comes next (after spaces): the amount goes on. */
function amountGoesOn(text: string, j: number, end: number): boolean {
  const c = nextAfterSpaces(text, j, end);
  return isDigit(c) || isLower(c);
}

/** Sentences (trimmed, bullets removed) inside the given live line ranges. */

export function splitSentences(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const block of blocks(text, lines)) {
    let s = block.start;
    for (let i = block.start; i < block.end; i++) {
      const c = text.charCodeAt(i);
      if (!isTerminal(c)) {
        if (c < 0xd83c || c > 0xd83e) continue;
        const j = emojiSentenceEnd(text, i, block.end);
        if (j < 0) {
          i++; // the low surrogate
          continue;
        }
        const span = tidy(text, s, j);
        if (span) out.push(span);
        s = j;
        i = j - 1;
        continue;
      }
      let j = i + 1;
      while (j < block.end && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      if (j < block.end && !isSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      // "1. Table finish": a list number, not the end of a sentence.
      if (c === 46 && SENTENCE_PATTERNS.listNumber.test(text.slice(s, i))) continue;
      if (c === 46 && j === i + 1) {
        const before = text.slice(Math.max(s, i - 8), i + 1);
        if (SENTENCE_PATTERNS.abbreviation.test(before) && !endsBeforeCapital(text, before, j, block.end))
          continue;
        if (SENTENCE_PATTERNS.moneyAbbreviation.test(before) && amountGoesOn(text, j, block.end)) continue;
        // "Salmonella, E. coli and aflatoxins": an initial that a lower-case word follows.
        if (SENTENCE_PATTERNS.initial.test(before) && lowerCaseNext(text, j, block.end)) continue;
      }
      const span = tidy(text, s, j);
      if (span) out.push(span);
      s = j;
      i = j - 1;
    }
    const span = tidy(text, s, block.end);
    if (span) out.push(span);
  }
  return out;
}

/**
 * Candidate clauses of a sentence, cut at "; ", ", and …" and before a new obligation
 * ("I'll send the deck Monday, and could you share the logos?"). The caller merges a piece
 * that states no obligation of its own back into the one before it.
 */
export function splitClauses(norm: string, sentence: Span): Span[] {
  const text = norm.slice(sentence.start, sentence.end);
  if (text.length > 2000) return [sentence];
  const re = SENTENCE_PATTERNS.clauseBreak;
  re.lastIndex = 0;
  const cuts: { at: number; len: number }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 8) cuts.push({ at: m.index, len: m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  // A dash cuts only after a clause with its own verb of obligation ("Our team will wire it by Friday
  // - please send your bank details"), not after a bare item or time ("Proofs by Wednesday - could
  // you manage that?", "Thursday at 3 works - could you send a link?"), which the ask completes;
  // but before the writer's paying after an ask to send ("Please send the invoice - we'll pay
  // within a week").
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i]!;
    if (text.startsWith(' - ', cut.at) && !keepsDashCut(text, cut.at, i > 0 ? cuts[i - 1]!.at : 0))
      cuts.splice(i, 1);
  }
  // "and" before a subject with a modal of its own joins two clauses only when the words before
  // it have a modal or an ask of their own ("All panels must be powder-coated and the brackets
  // must be stainless"; `MODAL_BEFORE`).
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i]!;
    if (!AND_SUBJECT_CUT.test(text.slice(cut.at, cut.at + cut.len + 7))) continue;
    const before = text.slice(i > 0 ? cuts[i - 1]!.at + cuts[i - 1]!.len : 0, cut.at);
    const statement = STATEMENT_BEFORE.test(before) && !RELATIVE_OR_DAY.test(before);
    if (!MODAL_BEFORE.test(before) && !statement) cuts.splice(i, 1);
  }
  // A colleague's act after a comma ("All noted re volume, our sound guy Ray will bring a dB meter")
  // cuts only after a clause of some words, not after a time or place that opens the act ("Starting
  // tonight, our supervisor will …", which lends it its day).
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i]!;
    if (!OUR_ACT_CUT.test(text.slice(cut.at, cut.at + 6))) continue;
    const before = text.slice(i > 0 ? cuts[i - 1]!.at + cuts[i - 1]!.len : 0, cut.at);
    if (before.trim().split(/\s+/).length < 4) cuts.splice(i, 1);
  }
  if (cuts.length === 0) return [sentence];
  const out: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    const span = tidy(norm, sentence.start + from, sentence.start + cut.at);
    if (span) out.push(span);
    from = cut.at + cut.len;
  }
  const last = tidy(norm, sentence.start + from, sentence.end);
  if (last) out.push(last);
  return out;
}
