/**
 * Regards passed on, which oblige nobody: "Please convey my regards to your GM", "please greet
 * Gennaro for us!", "Thanks, and please tell the chefs we said hello". Only when nothing else is
 * asked in the sentence ("… and confirm the room block by Wednesday", "by letter before Monday")
 * and only a person greeted by name: greeting the guests, attendees or delegates for the writer is
 * the service bought. Case is kept, so a name is a capitalised word.
 */
export const REGARDS_PATTERNS = {
  /** "please greet Gennaro for us", "tell the chefs we said hello": the sentence's last words. */
  greetedByName:
    /^\W{0,3}(?:(?:[Tt]hanks|[Tt]hank you|[Cc]heers)\b[^.?!]{0,40}?,? )?(?:and )?(?:[Pp]lease )?(?:greet \p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})? (?:for|from) (?:us|me)|tell (?:[\w'-]{2,20} ){1,3}(?:we|I) said (?:hi|hello))\W{0,3}$/u,
  /** "Please convey my regards to your GM", "Please extend our thanks to the panel." */
  conveyed:
    /^\W{0,3}(?:(?:[Tt]hanks|[Tt]hank you)\b[^.?!]{0,40}?,? )?(?:and )?(?:[Pp]lease |[Kk]indly )?(?:convey|extend) (?:our|my) (?:thanks|regards|best wishes|congratulations|apologies|best)\b/u,
  /** Anything more asked after the regards: another act, a way or a day to do it. */
  more: /\b(?:and|then|also|by|before|in writing|via|with)\b/i,
} as const;

/** Whether the sentence only passes on regards (see above). */
export function passesOnRegards(sentence: string): boolean {
  const P = REGARDS_PATTERNS;
  if (P.greetedByName.test(sentence)) return true;
  const m = P.conveyed.exec(sentence);
  return m !== null && !P.more.test(sentence.slice(m.index + m[0].length));
}
