/**
 * What the intent model reads in a clause: its words (unigrams and bigrams, with a start
 * marker so an opening verb or "please" counts apart from the same word later on) and a few
 * cues (question, modal, imperative opening, first/second person, future tense, a date, money,
 * and the rules' own reading). The same function feeds training
 * (scripts/lib/intent-train.ts) and inference, so the two can never drift apart.
 */
import type { Classification } from '../classify';
import { CLASSIFY_PATTERNS } from '../classify';

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
} as const;

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
  const lower = clause.toLowerCase();
  // A URL needs one of these; most clauses hold none, and the scan is then skipped.
  const mayHoldUrl = lower.includes('http') || lower.includes('www.') || lower.includes('$link');
  const text = mayHoldUrl ? lower.replace(FEATURE_PATTERNS.url, ' zzurl ') : lower;
  const out: string[] = [];
  // An exec loop rather than matchAll: no iterator, and this runs on every clause.
  const token = FEATURE_PATTERNS.token;
  token.lastIndex = 0;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    out.push(c <= 57 && c >= 48 ? '0' : t);
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
