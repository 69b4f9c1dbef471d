import { isHiddenInline, queryAllOutsideBodies } from './domQuery';
import { threadIdFrom } from './ids';
import { ATTR_LEGACY_THREAD_ID, ATTR_THREAD_PERM_ID, MAIN, READING_PANE, SUBJECT } from './selectors';

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

/** Route of a thread in the reading pane whose heading carries no id Accord can read. */
export const UNIDENTIFIED_PANE_THREAD = 'reading-pane';

/** Split view's reading pane (`div.aia` in the main area), or null outside split view. */
export function findReadingPane(root: ParentNode): Element | null {
  return root.querySelector(`${MAIN} ${READING_PANE}`);
}

/**
 * The thread shown in split view's reading pane: its subject heading (Gmail's own, not a
 * look-alike inside a body; a visible one before a hidden one), or null when the pane
 * shows none ("No conversations selected").
 */
export function readingPaneHeading(root: ParentNode): Element | null {
  const pane = findReadingPane(root);
  if (!pane) return null;
  const headings = queryAllOutsideBodies(pane, SUBJECT);
  return headings.find((h) => !isHiddenInline(h)) ?? null;
}

/**
 * What is on screen, from the URL and, in split view, the page: with the reading pane on,
 * a thread can show beside the list while the URL names the list (2026-12: the issue's
 * report; InboxSDK also reads the pane's presence from the page, not the URL). Such a
 * thread is read like any other.
 */
export function gmailRoute(href: string, root?: ParentNode): GmailRoute {
  const fromUrl = parseGmailRoute(href);
  if (fromUrl.kind === 'thread' || !root) return fromUrl;
  const heading = readingPaneHeading(root);
  if (!heading) return fromUrl;
  const id = threadIdFrom(
    heading.getAttribute(ATTR_LEGACY_THREAD_ID),
    heading.getAttribute(ATTR_THREAD_PERM_ID),
  );
  return { kind: 'thread', threadId: id ?? UNIDENTIFIED_PANE_THREAD };
}
