/**
 * What the intent model reads in a clause: its words (unigrams and bigrams, with a start
 * marker so an opening verb or "please" counts apart from the same word later on) and a few
 * cues (question, modal, imperative opening, first/second person, future tense, a date, money,
 * and the rules' own reading). The same function feeds training
 * (scripts/lib/intent-train.ts) and inference, so the two can never drift apart.
 */
import type { Classification } from '../classify';
import { CLASSIFY_PATTERNS } from '../classifyPatterns';
import { findPair, findToken, HASH_MASK, type FeatureWeights } from './weightTable';

export const FEATURE_PATTERNS = {
  /** Tokens: words (with inner apostrophes), numbers, and the question mark. */
  token: /[a-z]+(?:'[a-z]+)?|\d+(?:[.,:]\d+)*|\?/g,
  url: /\b(?:https?:\/\/|www\.)\S{1,200}|\$link\b/gi,
  modal: /\b(?:can|could|would|will|should|shall|may|might|must|'d|'ll)\b/i,
  firstPerson: /\b(?:i|i'm|i'll|i'd|i've|me|my|we|we're|we'll|we'd|we've|us|our)\b/i,
  secondPerson: /\b(?:you|you're|you'll|you'd|you've|your|yours|u)\b/i,
  future:
    /\b(?:will|'ll|shall|going to|gonna|tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday))\b/i,
  date: /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|tomorrow|eod|cob|noon|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\b/i,
  money: /[$€£]\s?\d|\b(?:usd|eur|gbp|dollars?)\b/i,
  /**
   * A greeting or the reader's name opening a clause ("Thanks, please work with Travis …", "Gary,
   * we need two more books …", "Hi Sam: please add …"): it hides the clause's own opening word,
   * which the model reads apart (an opening "please" or verb). A name alone is one word and needs a
   * comma after it, so a list label ("Scope: …", "Quantity: …") and a subject with its title
   * ("Tyler Dumont, our install lead, can …") are left alone; a word that opens a sentence anyway
   * ("However, …", "Monday, …", "Confirmed, …") is no name.
   */
  opening:
    /^\s{0,3}(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|[Tt]hanks|[Tt]hank you|[Mm]any thanks|OK|Ok|[Oo]kay)(?: [A-Z][a-z]{1,15}){0,2} ?[,:!.-]{1,3} ?|(?!(?:However|Also|So|Then|Well|Yes|No|Sure|Again|Finally|Otherwise|Meanwhile|Unfortunately|Actually|Anyway|Besides|Plus|Now|First|Second|Next|Lastly|Additionally|Alternatively|Ideally|Personally|Honestly|Overall|Currently|Today|Tomorrow|Tonight|Yesterday|Great|Perfect|Sorry|Please|Cheers|Fine|Good|Right|Noted|Understood|Agreed|Done|Absolutely|Certainly|Definitely|Hopefully|Instead|Still|Thus|Hence|Therefore|Sadly|Luckily|Fortunately|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Oh|Ah|Wow|Yeah|Yep|Nope|Regarding|Re|FYI|PS|Note|NB|Update|Reminder|Separately|Similarly|Ultimately|Apologies|Approved|Confirmed|Accepted|Received|Attached|Correct|Exactly|Indeed)\b)[A-Z][a-z]{1,15} ?, )/,
} as const;

/**
 * The clause as the intent model reads it, in training and in extraction alike: without an
 * opening greeting or name (`opening`), when at least two words follow it.
 */
export function withoutOpening(clause: string): string {
  const m = FEATURE_PATTERNS.opening.exec(clause);
  if (!m || m[0].length === 0) return clause;
  const rest = clause.slice(m[0].length);
  return /\w\W+\w/.test(rest) ? rest : clause;
}

/** What the rules already decided about the clause (before any date is read), computed once by the caller. */
export interface ClauseReading {
  rule: Classification | null;
}

function lengthBucket(tokens: number): string {
  if (tokens <= 3) return 'c:len<=3';
  if (tokens <= 8) return 'c:len<=8';
  if (tokens <= 20) return 'c:len<=20';
  return 'c:len>20';
}

/** Lower-cased tokens with URLs and numbers folded into one symbol each. */
export function tokens(clause: string): string[] {
  return scanTokens(lowerWithoutUrls(clause));
}

/** The clause lower-cased, each URL replaced by the word "zzurl": the text tokens are read from. */
function lowerWithoutUrls(clause: string): string {
  const lower = clause.toLowerCase();
  // A URL needs one of these; most clauses hold none, and the scan is then skipped.
  const mayHoldUrl = lower.includes('http') || lower.includes('www.') || lower.includes('$link');
  return mayHoldUrl ? lower.replace(FEATURE_PATTERNS.url, ' zzurl ') : lower;
}

/** Where the number starting at `i` ends: \d+(?:[.,:]\d+)* */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const sep = text.charCodeAt(j);
    if (j + 1 >= n || (sep !== 46 && sep !== 44 && sep !== 58) || !isDigit(text.charCodeAt(j + 1))) break;
    j += 2;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The matches of `FEATURE_PATTERNS.token` in `text`, numbers folded to "0", found by a scan of
 * character codes: the same tokens as the pattern's exec loop (checked on every email-intent
 * and gold sentence), without a match array per token (this runs on every clause).
 */
function scanTokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLower(c)) {
      // [a-z]+(?:'[a-z]+)?
      let j = i + 1;
      while (j < n && isLower(text.charCodeAt(j))) j++;
      if (j + 1 < n && text.charCodeAt(j) === 39 && isLower(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLower(text.charCodeAt(j))) j++;
      }
      out.push(text.slice(i, j));
      i = j;
    } else if (isDigit(c)) {
      out.push('0');
      i = numberEnd(text, i);
    } else {
      if (c === 63) out.push('?');
      i++;
    }
  }
  return out;
}

/** The clause's words as features (no duplicates), without the cues: what per-user learning keys on. */
export function wordFeatures(toks: string[]): string[] {
  if (toks.length > SHORT_CLAUSE) return wordFeaturesBySet(toks);
  // A short clause finds its repeats by comparing tokens, cheaper than hashing every feature
  // string into a Set (this ran on every clause and was the costliest part of reading one).
  // Tokens hold no "_", so a bigram repeats exactly when its two tokens do.
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = i > 0 ? toks[i - 1]! : '<s>';
    let seenWord = false;
    let seenPair = false;
    for (let j = 0; j < i && !seenPair; j++) {
      if (toks[j] !== t) continue;
      seenWord = true;
      seenPair = (j > 0 ? toks[j - 1]! : '<s>') === prev;
    }
    if (!seenWord) out.push('w:' + t);
    if (!seenPair) out.push('b:' + prev + '_' + t);
  }
  return out;
}

/** Beyond this many tokens the pairwise comparison of `wordFeatures` costs more than a Set. */
const SHORT_CLAUSE = 48;

function wordFeaturesBySet(toks: string[]): string[] {
  const out = new Set<string>();
  let prev = '<s>';
  for (const t of toks) {
    out.add('w:' + t);
    out.add('b:' + prev + '_' + t);
    prev = t;
  }
  return [...out];
}

/** Every feature of a clause (word features first, then cues); values are all 1. */
export function intentFeatures(clause: string, reading: ClauseReading): string[] {
  const toks = tokens(clause);
  const P = FEATURE_PATTERNS;
  const feats = wordFeatures(toks);
  const trimmed = clause.trimEnd();
  if (trimmed.endsWith('?')) feats.push('c:question');
  if (P.modal.test(clause)) feats.push('c:modal');
  if (CLASSIFY_PATTERNS.imperative.test(clause.trimStart())) feats.push('c:imperative');
  if (P.firstPerson.test(clause)) feats.push('c:first');
  if (P.secondPerson.test(clause)) feats.push('c:second');
  if (P.future.test(clause)) feats.push('c:future');
  if (P.date.test(clause)) feats.push('c:date');
  if (P.money.test(clause)) feats.push('c:money');
  feats.push(lengthBucket(toks.length));
  const r = reading.rule;
  feats.push(r ? `r:${r.frame}:${r.kind}` : 'r:none');
  return feats;
}

/**
 * `bias` plus the weights of `intentFeatures(clause, reading)`, added in the same order, so
 * the sum is bit for bit the one `intentLogit` gives over that list (a feature the model does
 * not know adds 0 there and nothing here), without building the feature strings: this runs on
 * every clause. A word or pair counts at its first occurrence only, as in `wordFeatures`:
 * each weight remembers the call that last counted it. The tokens are those of `tokens`, read
 * by the same scan (scanTokens) but found by a hash of their characters computed as they are
 * scanned, with no string cut out per token (profiled 2026-12-02: slicing and hashing each
 * token string was most of the cost of scoring a clause).
 */
export function clauseLogit(clause: string, reading: ClauseReading, bias: number, w: FeatureWeights): number {
  const text = lowerWithoutUrls(clause);
  // The marks are 32-bit: before the count outgrows them, every mark is cleared.
  if (w.calls === 0x7fffffff) {
    w.calls = 0;
    w.wordSeen.fill(0);
    w.pairSeen.fill(0);
  }
  const call = ++w.calls;
  const { words, hasWord, wordSeen, pairWeights, pairSeen } = w;
  let z = bias;
  let prev = w.start;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let e: number;
    if (isLower(c)) {
      // [a-z]+(?:'[a-z]+)?, hashed as in tokenHash
      let h = c;
      let j = i + 1;
      for (let d = 0; j < n && isLower((d = text.charCodeAt(j))); j++) h = (h * 31 + d) & HASH_MASK;
      if (j + 1 < n && text.charCodeAt(j) === 39 && isLower(text.charCodeAt(j + 1))) {
        h = (h * 31 + 39) & HASH_MASK;
        j++;
        for (let d = 0; j < n && isLower((d = text.charCodeAt(j))); j++) h = (h * 31 + d) & HASH_MASK;
      }
      e = findToken(w, text, i, j, h);
      i = j;
    } else if (isDigit(c)) {
      i = numberEnd(text, i);
      e = w.number;
    } else {
      i++;
      if (c !== 63) continue;
      e = w.question;
    }
    count++;
    if (e !== -1 && wordSeen[e] !== call) {
      wordSeen[e] = call;
      if (hasWord[e] === 1) z += words[e]!;
    }
    const pair = e !== -1 && prev !== -1 ? findPair(w, prev, e) : -1;
    if (pair !== -1 && pairSeen[pair] !== call) {
      pairSeen[pair] = call;
      z += pairWeights[pair]!;
    }
    prev = e;
  }
  const P = FEATURE_PATTERNS;
  const cue = w.cue;
  if (clause.trimEnd().endsWith('?')) z += cue.question;
  if (P.modal.test(clause)) z += cue.modal;
  if (CLASSIFY_PATTERNS.imperative.test(clause.trimStart())) z += cue.imperative;
  if (P.firstPerson.test(clause)) z += cue.first;
  if (P.secondPerson.test(clause)) z += cue.second;
  if (P.future.test(clause)) z += cue.future;
  if (P.date.test(clause)) z += cue.date;
  if (P.money.test(clause)) z += cue.money;
  z += count <= 3 ? cue.len3 : count <= 8 ? cue.len8 : count <= 20 ? cue.len20 : cue.lenMore;
  const r = reading.rule;
  z += w.all.get(r ? `r:${r.frame}:${r.kind}` : 'r:none') ?? 0;
  return z;
}
