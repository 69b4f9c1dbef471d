/**
 * "I'll" typed without its apostrophe ("ill send it tomorrow", "ok ill drop it round Friday"),
 * read as "I'll" so every pattern written for "I'll" reads it. Only where a clause opens on it
 * and a verb follows: "ill" the adjective comes after a verb or before a noun ("feeling ill",
 * "he fell ill", "ill health", "ill will", "ill-advised") and stays as written.
 *
 * The apostrophe is inserted, so the text grows: the map from each character to its offset in the
 * message (normalize.ts `origin`) is extended with it, and spans still point into the original.
 */

/** Verbs a promise opens with after "I'll". */
const VERB = String.raw`(?:be|get|send|drop|call|ring|phone|text|email|e-mail|pay|transfer|wire|forward|bring|pop|come|swing|have|do|make|check|look|sort|update|share|book|put|let|give|post|upload|finish|fix|confirm|arrange|pick|review|ask|chase|follow|invoice|deliver|write|draft|prepare|set|start|try|see|keep|run|take|grab|ping|shoot|pass|reply|respond|organise|organize|order|print|head|meet|talk|speak|chat|go|need|aim|add|bill|move|zelle|venmo|paypal|eft|etransfer|e-transfer|return|collect|leave|hand|fit|install|replace|repair|clean|measure|quote|clear|tidy|cover|work|test|ship|courier|turn|push|load)`;

export const APOSTROPHE_PATTERNS = {
  /**
   * "ill" as a word, then a verb, with at most an adverb between: "ill send", "ill just check".
   * A plain literal first, so V8 scans for it fast; where the clause opens is checked after.
   */
  illThenVerb: new RegExp(
    String.raw`\bill(?= (?:(?:also|just|then|definitely|probably|still|quickly|happily|gladly|now|def) )?${VERB}\b)`,
    'gi',
  ),
  /**
   * What comes right before such an "ill" when it opens a clause: the start, punctuation, or "and",
   * "ok", "thanks" … (read on the dozen characters before it, anchored at their end).
   */
  clauseOpensBefore:
    /(?:^|[\n.!?,;:(]|\b(?:and|but|so|then|ok|okay|yes|yeah|yep|sure|thanks|cheers|great|cool|fine|np)) {0,3}$/i,
  /** Cheap gate: "ill" as a word followed by a space; most messages have none. */
  gate: /\bill /i,
} as const;

export interface WithApostrophes {
  text: string;
  /** Offset in the original message of each character of `text`; null when nothing moved. */
  origin: Uint32Array | null;
}

/** The text with "ill" read as "I'll" where it opens a clause before a verb (`origin` maps back). */
export function withApostrophes(text: string, origin: Uint32Array | null): WithApostrophes {
  const P = APOSTROPHE_PATTERNS;
  if (!P.gate.test(text)) return { text, origin };
  const found: number[] = [];
  const re = P.illThenVerb;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (P.clauseOpensBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) found.push(m.index);
  }
  if (found.length === 0) return { text, origin };
  // One apostrophe more per "ill": the map is filled in runs, never a character at a time in JS arrays.
  const map = new Uint32Array(text.length + found.length);
  const parts: string[] = [];
  let last = 0;
  let out = 0;
  const copy = (from: number, to: number) => {
    if (origin) map.set(origin.subarray(from, to), out);
    else for (let i = from; i < to; i++) map[out + i - from] = i;
    out += to - from;
  };
  const at = (i: number) => (origin ? origin[i]! : i);
  for (const index of found) {
    copy(last, index);
    parts.push(text.slice(last, index), "I'll");
    // "I", the inserted apostrophe (mapped to the "l" after it), "l", "l".
    map[out++] = at(index);
    map[out++] = at(index + 1);
    map[out++] = at(index + 1);
    map[out++] = at(index + 2);
    last = index + 3;
  }
  copy(last, text.length);
  parts.push(text.slice(last));
  return { text: parts.join(''), origin: map };
}
