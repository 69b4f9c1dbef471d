import type { Person } from '../../core/mail';
import { queryAllOutsideBodies, queryOutsideBodies } from './domQuery';
import { DETAILS_LABEL, DETAILS_TABLE, DETAILS_VALUE, RECIPIENT, SENDER, SENDER_FALLBACK } from './selectors';

/**
 * People in a message header. Gmail puts the address in an `email` attribute and the
 * display name in `name` (text as fallback). The user shows up as "me" in recipient lists:
 * that is a pronoun, not a name, so the name is left empty there.
 */

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function personFrom(el: Element): Person | null {
  const email = (el.getAttribute('email') ?? '').trim().toLowerCase();
  if (!EMAIL.test(email)) return null;
  const raw = (el.getAttribute('name') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const name = raw.toLowerCase() === 'me' || raw.toLowerCase() === email ? '' : raw;
  return { name, email };
}

function unique(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.email) ? false : (seen.add(p.email), true)));
}

/** The sender of a message element, or null when the header has none we can read. */
export function readSender(message: Element): Person | null {
  const el = queryOutsideBodies(message, SENDER) ?? queryOutsideBodies(message, SENDER_FALLBACK);
  return el ? personFrom(el) : null;
}

/**
 * To and Cc. When the details table is in the DOM it tells them apart ("to:" / "cc:" rows);
 * otherwise the header line lists everyone together and all of them count as To.
 * Bcc (only ever shown to the sender) is read as Cc: it is still someone who got the mail.
 */
export function readRecipients(message: Element): { to: Person[]; cc: Person[] } {
  const table = queryOutsideBodies(message, DETAILS_TABLE);
  if (table) {
    const to: Person[] = [];
    const cc: Person[] = [];
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const label = (row.querySelector(DETAILS_LABEL)?.textContent ?? '').trim().toLowerCase();
      const value = row.querySelector(DETAILS_VALUE);
      if (!value) continue;
      const people = Array.from(value.querySelectorAll(RECIPIENT))
        .map(personFrom)
        .filter((p): p is Person => p !== null);
      // Not push(...people): a spread of a huge list overflows the stack.
      if (label.startsWith('to')) for (const p of people) to.push(p);
      else if (label.startsWith('cc') || label.startsWith('bcc')) for (const p of people) cc.push(p);
    }
    if (to.length + cc.length > 0) return { to: unique(to), cc: unique(cc) };
  }
  const everyone = queryAllOutsideBodies(message, RECIPIENT)
    .filter((el) => !el.closest(DETAILS_TABLE))
    .map(personFrom)
    .filter((p): p is Person => p !== null);
  return { to: unique(everyone), cc: [] };
}
