/**
 * A signature written without a sign-off: the message's last paragraph is the writer's name on a
 * line of its own, then their company, address, phone or web address ("Cathal Ó Briain / Ó
 * Briain Kitchens / Unit 3, Ballybrit Business Park, Galway H91 P2X8 / 091 555 730"). Lines
 * like these are never asks, but the address and the phone number read like one to the models.
 *
 * Only a short block at the very end of the writer's text counts: it follows a blank line, opens
 * with a name, holds at most eight short lines and at least one way to reach the writer, and asks
 * nothing. A delivery address the writer gives on request opens with a line of its own ("Send the
 * kit to:") and stays.
 */

/** A phone number, as a signature or a contact list writes it. */
const PHONE = String.raw`\+?\d[\d ().\/-]{6,18}\d`;

export const CONTACT_BLOCK_PATTERNS = {
  /** A name on its own line: two to four capitalised words ("Cathal Ó Briain", "Dr. Ana Ruiz"). */
  nameLine:
    /^\s{0,8}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}\s{0,4}$/u,
  /** A short line ending in a comma: a sign-off in whatever words ("Merci beaucoup et à bientôt,"). */
  closing: /^\s{0,8}[^\s?,][^?\n]{0,38},\s{0,4}$/,
  /** A way to reach the writer: a phone number, a web address or an email address. */
  contact: new RegExp(String.raw`${PHONE}|\bwww\.|https?:\/\/|@[\w-]{2,40}\.[a-z]{2,6}\b`, 'i'),
  /**
   * A line of a contact list: a site or role, then who and how to reach them ("Pune: Meenal, +91
   * 98220 55871", "Mahogany: Tom Brar (facilities), 403-555-0157", "Westbrook: me, 403-555-0129",
   * "Bookings: Chris Alvarez, chris@…"). None of the 8 in the gold set's tuning part is an item.
   */
  contactLine: new RegExp(
    String.raw`^\W{0,3}[^:\n]{2,40}: (?:me|myself|(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,3})(?: \([^()\n]{1,30}\))?,? (?:${PHONE}|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})(?: \([^()\n]{1,30}\))?\W{0,2}$`,
    'u',
  ),
} as const;

/** "Pune: Meenal, +91 98220 55871": who to reach and how, on a list line; never an item. */
export function isContactLine(clause: string): boolean {
  return clause.includes(': ') && CONTACT_BLOCK_PATTERNS.contactLine.test(clause);
}

/** Lines longer than this are prose, not a signature's. */
const MAX_LINE = 80;
const MAX_LINES = 8;

/** Index of the first line of a sign-off-less signature before `limit`, or `limit`. */
export function contactBlockStart(lines: readonly { text: string }[], limit: number): number {
  const P = CONTACT_BLOCK_PATTERNS;
  const blank = (i: number) => lines[i]!.text.trim() === '';
  let end = limit;
  while (end > 0 && blank(end - 1)) end--;
  let start = end;
  while (
    start > 0 &&
    !blank(start - 1) &&
    lines[start - 1]!.text.length <= MAX_LINE &&
    end - start < MAX_LINES
  )
    start--;
  // The block is a paragraph of its own, after another one, and opens with a name.
  if (start === 0 || start === end || !blank(start - 1) || end - start < 2) return limit;
  // A sign-off the sign-off list does not know ("Merci beaucoup et à bientôt,") may open it, when
  // the writer's name follows on the next line.
  const signedOff = P.closing.test(lines[start]!.text) && P.nameLine.test(lines[start + 1]!.text);
  if (!signedOff && !P.nameLine.test(lines[start]!.text)) return limit;
  let reach = false;
  for (let i = start + 1; i < end; i++) {
    const t = lines[i]!.text;
    if (t.includes('?')) return limit;
    reach ||= P.contact.test(t);
  }
  return reach ? start : limit;
}
