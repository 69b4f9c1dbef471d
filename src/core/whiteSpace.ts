/**
 * Whether a UTF-16 code unit is white space to a regular expression's `\s` (ECMAScript's
 * WhiteSpace and LineTerminator sets), by code: a regex per character was a hot spot where whole
 * messages are walked a character at a time (quoted-text leads, the in-page quote finder).
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
