import type { Identity } from '../core';
import { domainOf, isFreeMail } from '../clients';
import type { Settings } from '../ledger';

/**
 * The user's own side: the signed-in account, the extra addresses and domains from
 * settings, and the account's domain unless it is a free-mail provider (then colleagues
 * cannot be told apart by domain).
 */
export function identityFrom(account: string | null, settings: Settings): Identity {
  const emails = new Set(settings.ownEmails.map((e) => e.toLowerCase()));
  const domains = new Set(settings.ownDomains.map((d) => d.toLowerCase()));
  if (account) {
    emails.add(account.toLowerCase());
    const domain = domainOf(account);
    if (domain && !isFreeMail(domain)) domains.add(domain);
  }
  return { emails: [...emails], domains: [...domains] };
}
