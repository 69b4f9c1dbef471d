/**
 * One-for-one character normalisation. Patterns are written against straight quotes and
 * plain spaces; replacing each curly quote or odd space by exactly one character keeps every
 * offset valid in the original text, so spans found in the normalised copy slice the original.
 */
export const NORMALIZE_PATTERNS = {
  /** Any character the loop below would change; most messages have none and are returned as is. */
  special: /[\u2019\u2018\u02bc\u2032\u201c\u201d\u00a0\u2007\u202f\u2009\u2013\u2014\r]/,
} as const;

export function normalizeForMatching(text: string): string {
  if (!NORMALIZE_PATTERNS.special.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032) out += "'";
    else if (c === 0x201c || c === 0x201d) out += '"';
    else if (c === 0x00a0 || c === 0x2007 || c === 0x202f || c === 0x2009) out += ' ';
    else if (c === 0x2013 || c === 0x2014) out += '-';
    else if (c === 0x0d) out += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n';
    else out += text[i];
  }
  return out;
}
