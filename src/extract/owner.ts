/**
 * Which side must act. A message is "ours" when its sender is one of the user's addresses
 * or domains; the reader is the other side (or our side again for an internal message).
 * Frames map to sides: a commitment binds the writer, a request binds the reader, and a
 * payment stated without a subject binds the side that does not bill (payee.ts).
 */
import type { ExpectationKind, Side } from '../core/expectation';
import type { Identity, Person } from '../core/mail';
import type { Frame } from './classify';

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).toLowerCase();
}

export function isOurs(person: Person, self: Identity): boolean {
  const email = person.email.toLowerCase();
  if (self.emails.some((e) => e.toLowerCase() === email)) return true;
  const domain = domainOf(email);
  // Sub-domains count ("mail.northwind.io" for "northwind.io").
  return self.domains.some((d) => {
    const dl = d.toLowerCase();
    return domain === dl || domain.endsWith('.' + dl);
  });
}

export interface Sides {
  writer: Side;
  reader: Side;
}

export function sidesOf(from: Person, to: Person[], cc: Person[], self: Identity): Sides {
  const writer: Side = isOurs(from, self) ? 'us' : 'client';
  if (writer === 'client') return { writer, reader: 'us' };
  const recipients = [...to, ...cc];
  const internal = recipients.length > 0 && recipients.every((p) => isOurs(p, self));
  return { writer, reader: internal ? 'us' : 'client' };
}

/**
 * A quality bar the buyer writes binds the supplier that does the work, whatever its grammar ("Every
 * press release has to stay under 400 words", "All invoices must quote the PO number"): in the gold
 * tuning part, 730 of the 731 bars a thread's payer wrote bind the reader. `payee` reads the
 * thread's billing, so it is asked only for a bar.
 */
export function standardBindsSupplier(
  kind: ExpectationKind,
  sides: Sides,
  payee: () => Side | null,
): boolean {
  return kind === 'standard' && sides.reader !== sides.writer && payee() === sides.reader;
}

/**
 * `payer` answers who pays a payment stated without a payer (payee.ts): the client unless the
 * thread shows the other side billing the user. Called only for that frame, as it reads the thread.
 * `toReader` sends the item to the reader whatever its frame (a buyer's bar, `standardBindsSupplier`).
 */
export function ownerOf(
  frame: Frame,
  sides: Sides,
  payer: () => Side = () => 'client',
  toReader = false,
): Side {
  if (toReader) return sides.reader;
  if (frame === 'commit') return sides.writer;
  if (frame === 'request') return sides.reader;
  return payer();
}
