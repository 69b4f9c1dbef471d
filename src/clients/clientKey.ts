/**
 * Who is the client behind a thread? The other side's organisation, keyed by e-mail domain;
 * people on free-mail providers are keyed by their own address (a gmail.com domain is not a company).
 */
import type { Identity, Person } from '../core';
import { FREE_MAIL_DOMAINS } from './freeMailDomains';

/** `domain:acme.com` or `address:jo@gmail.com`. */
export type ClientKey = `domain:${string}` | `address:${string}`;

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

export function isFreeMail(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** True when the address is the user's own (listed, or on one of the user's domains). */
export function isOwnAddress(email: string, self: Identity): boolean {
  const address = email.toLowerCase();
  if (self.emails.some((e) => e.toLowerCase() === address)) return true;
  const domain = domainOf(address);
  return self.domains.some((d) => d.toLowerCase() === domain);
}

export function clientKeyFor(person: Person): ClientKey {
  const domain = domainOf(person.email);
  return isFreeMail(domain) ? `address:${person.email.toLowerCase()}` : `domain:${domain}`;
}

/** "acme.co.uk" → "Acme"; "northwind-traders.com" → "Northwind Traders". */
export function nameFromDomain(domain: string): string {
  const labels = domain.split('.');
  // Skip second-level public suffixes such as co.uk / com.au.
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ltd', 'plc']);
  let main = labels[0] ?? domain;
  if (labels.length >= 3 && secondLevel.has(labels[labels.length - 2] ?? '')) {
    main = labels[labels.length - 3] ?? main;
  } else if (labels.length >= 2) {
    main = labels[labels.length - 2] ?? main;
  }
  return main
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
