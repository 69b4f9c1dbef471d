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
const VERB = String.raw`(?:be|get|send|drop|call|ring|phone|text|email|e-mail|pay|transfer|wire|forward|bring|pop|come|swing|have|do|make|check|look|sort|update|share|book|put|let|give|post|upload|finish|fix|confirm|arrange|pick|review|ask|chase|follow|invoice|deliver|write|draft|prepare|set|start|try|see|keep|run|take|grab|ping|shoot|pass|reply|respond|organise|organize|order|print|head|meet|talk|speak|chat|go|need|aim|add|bill)`;

export const APOSTROPHE_PATTERNS = {
  /**
   * "ill" opening a clause (start of a line, after punctuation, or after "and", "ok", "thanks"…),
   * then a verb, with at most an adverb between: "ill send", "Thanks, ill just check".
   */
  illAsIll: new RegExp(
    String.raw`(?<=(?:^|[\n.!?,;:(]|\b(?:and|but|so|then|ok|okay|yes|yeah|yep|sure|thanks|cheers|great|cool|fine|np)) {0,3})ill(?= (?:(?:also|just|then|definitely|probably|still|quickly|happily|gladly|now|def) )?${VERB}\b)`,
    'gi',
  ),
} as const;

export interface WithApostrophes {
  text: string;
  /** Offset in the original message of each character of `text`; null when nothing moved. */
  origin: Uint32Array | null;
}

/** The text with "ill" read as "I'll" where it opens a clause before a verb (`origin` maps back). */
export function withApostrophes(text: string, origin: Uint32Array | null): WithApostrophes {
  const P = APOSTROPHE_PATTERNS.illAsIll;
  if (!/ill /i.test(text)) return { text, origin };
  P.lastIndex = 0;
  const at = (i: number) => (origin ? origin[i]! : i);
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (let m = P.exec(text); m !== null; m = P.exec(text)) {
    for (let i = last; i < m.index; i++) map.push(at(i));
    parts.push(text.slice(last, m.index), "I'll");
    map.push(at(m.index), at(m.index + 1), at(m.index + 1), at(m.index + 2));
    last = m.index + 3;
  }
  if (last === 0) return { text, origin };
  for (let i = last; i < text.length; i++) map.push(at(i));
  parts.push(text.slice(last));
  return { text: parts.join(''), origin: Uint32Array.from(map) };
}
