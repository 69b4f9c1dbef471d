import type { Route } from '../adapter';

/**
 * Outlook on the web's routes, from the URL alone.
 *
 * The hosts: outlook.office.com and outlook.office365.com (work or school),
 * outlook.live.com (personal) and outlook.cloud.microsoft (Microsoft 365's newer domain).
 * Only mail paths count: `/mail/…`, optionally after a mailbox index (`/mail/0/…`) or a
 * shared mailbox (`/mail/sales@contoso.com/…`). An open item carries its id in the path:
 *
 * - reading pane or full view: `/mail/<folder>/id/<item id>` (the folder may be `inbox`,
 *   `sentitems`, `search`, a folder id…);
 * - deep link: `/mail/deeplink/read/<item id>` or `/mail/deeplink/read/<mailbox>/<item id>`.
 *
 * Anything else on a mail path (a folder, search results without a selection, settings) is
 * a list. The item id is percent-encoded base64 in the URL; it is decoded here.
 */

export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;

const ITEM_IN_FOLDER = /\/id\/([^/?#]+)/;
const DEEP_LINK = /^\/mail\/(?:\d+\/)?deeplink\/read\/(?:[^/?#]+\/)?([^/?#]+)/;

export function isOutlookMailUrl(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    (OUTLOOK_HOSTS as readonly string[]).includes(url.hostname) &&
    (url.pathname === '/mail' || url.pathname.startsWith('/mail/'))
  );
}

function decode(segment: string): string | null {
  try {
    const id = decodeURIComponent(segment).trim();
    // Exchange ids are base64 (with - _ or + / =); anything else is not an item id.
    return /^[A-Za-z0-9+/=_-]{8,}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** Thread (with the item id from the URL) or list. */
export function parseOutlookRoute(href: string): Route {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'list' };
  }
  if (!isOutlookMailUrl(url)) return { kind: 'list' };
  const match = DEEP_LINK.exec(url.pathname) ?? ITEM_IN_FOLDER.exec(url.pathname);
  const id = match?.[1] ? decode(match[1]) : null;
  return id ? { kind: 'thread', threadId: id } : { kind: 'list' };
}
