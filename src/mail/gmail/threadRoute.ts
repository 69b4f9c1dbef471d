/**
 * What Gmail's URL says is on screen: one thread, or something else (a list, settings,
 * a search with no thread open).
 *
 * Gmail routes live in the hash: `#inbox/FMfcgz…`, `#label/Clients/FMfcgz…`,
 * `#search/acme/FMfcgz…`, `#category/updates/FMfcgz…`. Thread tokens are either the
 * 2019+ form (letters from a 40-consonant alphabet, ~32 long: "FMfcgzQXJWDsKmwZ…") or the
 * older hex id ("1926c5e0f1a2b3c7"). List pages end in a view name, label, query or page
 * ("p2"), none of which look like either.
 */
export type GmailRoute = { kind: 'thread'; threadId: string } | { kind: 'list' };

const CONSONANT_TOKEN = /^[BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz]{20,64}$/;
const HEX_TOKEN = /^[0-9a-f]{15,16}$/;

export function isThreadToken(segment: string): boolean {
  return CONSONANT_TOKEN.test(segment) || HEX_TOKEN.test(segment);
}

export function parseGmailRoute(href: string): GmailRoute {
  const hashAt = href.indexOf('#');
  if (hashAt < 0) return { kind: 'list' };
  // "#inbox/FMfc…?compose=new" and "?projector=1" keep the thread open under a dialog.
  const hash = href.slice(hashAt + 1).split('?')[0] ?? '';
  const segments = hash.split('/').filter((s) => s !== '');
  // A thread needs a view in front of it ("inbox/…"); a lone token is not a Gmail route.
  if (segments.length < 2) return { kind: 'list' };
  const last = segments[segments.length - 1] ?? '';
  return isThreadToken(last) ? { kind: 'thread', threadId: last } : { kind: 'list' };
}
