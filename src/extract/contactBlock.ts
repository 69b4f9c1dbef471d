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
  /** A phone number in a signature's line, with its label ("Tel 072-555-3816", "M: +44 7700 900123"). */
  phoneField: new RegExp(
    String.raw`^((?:tel|phone|ph|mob|mobile|cell|fax|office|direct|whatsapp|[tmfp])\.?:? ?)?\(?${PHONE}$`,
    'i',
  ),
  /** A web or email address as a field of its own ("beatlab-berlin.de", "faktura@forno.dk"). */
  webOrEmailField:
    /^(?:https?:\/\/)?(?:www\.)?[\w-]{1,40}(?:\.[\w-]{1,40}){0,3}\.[a-z]{2,6}(?:\/[\w./-]{0,60})?$|^[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/i,
  /**
   * A company number with its register, in capitals ("CVR 38 55 12 09"); not an order's or an
   * invoice's, not a sum with its currency ("USD 2265.00") and not a date ("ETA 15.03.2026").
   */
  registerField:
    /^(?!(?:PO|INV|REF|NO|ORDER|ETA|ETD|USD|EUR|GBP|CHF|JPY|AUD|CAD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|AED|INR|SGD|HKD|ZAR|MXN|BRL|CNY|KRW|THB|MYR|PHP|IDR|TRY|ILS|SAR|QAR|RON|BGN|ISK|KES|NGN|GHS)\b)(?![^\d]*\d[\d ./-]*(?:[.,]\d{2}$|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b))(?:[A-Z]{2,6}|VAT(?: No| Reg| ID)?|Company No|Reg(?:istration)? No|KvK|USt-IdNr|Licence No|License No)\.?:? (?:[A-Z]{2} ?)?\d[\d ./-]{3,20}\d$/,
  /** A date in a field ("12.03.2026 - 15.03.2026"): no phone number. */
  dateInField: /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/,
  /** A field that only names something: a licence, a board, a company ("Structural Pest Control Board Lic."). */
  nameField: /^\p{Lu}[\p{L}'’.&-]{0,20}(?: (?:\p{Lu}[\p{L}'’.&-]{0,20}|&|of|and|de|du|für)){0,6}$/u,
} as const;

/** "Pune: Meenal, +91 98220 55871": who to reach and how, on a list line; never an item. */
export function isContactLine(clause: string): boolean {
  return clause.includes(': ') && CONTACT_BLOCK_PATTERNS.contactLine.test(clause);
}

/**
 * A phone number: labelled, international, or nine digits at least, and no date in it, so that a
 * date ("12.03.2026 - 15.03.2026") or a sum ("1 250.00") on a line of its own is not one.
 */
function isPhone(field: string): boolean {
  const m = CONTACT_BLOCK_PATTERNS.phoneField.exec(field);
  if (!m || CONTACT_BLOCK_PATTERNS.dateInField.test(field)) return false;
  return m[1] !== undefined || field.includes('+') || (field.match(/\d/g)?.length ?? 0) >= 9;
}

/**
 * "+49 30 5555 2871 | beatlab-berlin.de", "+45 31 55 47 20 | CVR 38 55 12 09": a line of a
 * signature's ways to reach the writer, split by bars or dots, wherever it stands. It owes nothing,
 * though its numbers read like an ask to the models. At least one field reaches the writer; the
 * others, if any, only name things.
 */
export function isContactDetailsOnly(clause: string): boolean {
  const line = clause.trim().replace(/[.;]$/, '');
  if (line.length > 120 || !/\d|\.[a-z]{2,6}\b/i.test(line)) return false;
  const P = CONTACT_BLOCK_PATTERNS;
  const fields = line.split(/\s[|·•]\s|\s{2,}/);
  let reaches = false;
  for (const raw of fields) {
    const field = raw.trim();
    if (isPhone(field) || P.webOrEmailField.test(field) || P.registerField.test(field)) reaches = true;
    else if (!P.nameField.test(field)) return false;
  }
  return reaches;
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
