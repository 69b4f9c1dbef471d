import type { Person } from '../../core/mail';
import { queryAllOutsideBodies, queryOutsideBodies } from './domQuery';
import { PERSON_WITH_ADDRESS, RECIPIENT_WELL, SENDER, SENDER_LABEL_PREFIXES } from './selectors';

/**
 * People in an Outlook message header. Outlook shows "Name <address>" for people outside
 * the user's organisation and often only the name (address in a `title`) for colleagues.
 */

const EMAIL = /[^\s@<>"';,()]+@[^\s@<>"';,()]+\.[^\s@<>"';,()]+/;
const EXACT_EMAIL = new RegExp(`^${EMAIL.source}$`);

function clean(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function emailIn(text: string): string | null {
  return EMAIL.exec(text)?.[0]?.toLowerCase() ?? null;
}

/** The display name in "Name <address>" or "Name" text; empty when the text is the address. */
function nameFrom(text: string, email: string): string {
  const name = clean(text.replace(/<[^<>]*>/g, '').replace(EMAIL, '')).replace(/^["']|["']$/g, '');
  return name.toLowerCase() === email ? '' : name;
}

export function personFromElement(el: Element): Person | null {
  const title = clean(el.getAttribute('title'));
  const text = clean(el.textContent);
  const email = (EXACT_EMAIL.test(title) ? title.toLowerCase() : null) ?? emailIn(text);
  if (!email) return null;
  return { name: nameFrom(text, email), email };
}

function unique(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.email) ? false : (seen.add(p.email), true)));
}

/**
 * The sender. The name comes from the `aria-label` ("From: Priya Raman"), the address from
 * a `title` or the text. `self` fills in the address when Outlook shows the signed-in
 * user by name only.
 */
export function readSender(message: Element, self: Person | null): Person | null {
  const el = queryOutsideBodies(message, SENDER);
  if (!el) return null;
  const label = clean(el.getAttribute('aria-label'));
  const prefix = SENDER_LABEL_PREFIXES.find((p) => label.startsWith(p)) ?? '';
  const labelled = clean(label.slice(prefix.length));
  const inner = el.querySelector(PERSON_WITH_ADDRESS);
  const found = personFromElement(el) ?? (inner ? personFromElement(inner) : null);
  const email = found?.email ?? emailIn(labelled);
  const name = nameFrom(labelled, email ?? '') || found?.name || '';
  if (email) return { name, email };
  if (self && name && name.toLowerCase() === self.name.toLowerCase()) return { name, email: self.email };
  return null;
}

/** Which line a RecipientWell is: its label ("To:", "An:", "Cc:", "Bcc:") or aria-label. */
function wellKind(well: Element): 'to' | 'cc' {
  const label = clean(well.getAttribute('aria-label') || well.textContent).toLowerCase();
  return /^(cc|bcc|bc)\b/.test(label) ? 'cc' : 'to';
}

function peopleInWell(well: Element): Person[] {
  const tagged = Array.from(well.querySelectorAll(PERSON_WITH_ADDRESS))
    .map(personFromElement)
    .filter((p): p is Person => p !== null);
  if (tagged.length > 0) return tagged;
  // No titles: "To: Dana Whitfield <dana@northwind.io>; Tom <tom@acme.com>".
  const text = clean(well.textContent).replace(/^[^:]{1,12}:\s*/, '');
  return text
    .split(/[;,](?![^<]*>)/)
    .map((part) => {
      const email = emailIn(part);
      return email ? { name: nameFrom(part, email), email } : null;
    })
    .filter((p): p is Person => p !== null);
}

export function readRecipients(message: Element): { to: Person[]; cc: Person[] } {
  const to: Person[] = [];
  const cc: Person[] = [];
  for (const well of queryAllOutsideBodies(message, RECIPIENT_WELL)) {
    (wellKind(well) === 'cc' ? cc : to).push(...peopleInWell(well));
  }
  return { to: unique(to), cc: unique(cc) };
}
