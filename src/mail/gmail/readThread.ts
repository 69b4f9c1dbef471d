import type { MailMessage, Thread } from '../../core/mail';
import { runToEnd, type Steps } from '../slices';
import { queryAllOutsideBodies, queryOutsideBodies } from './domQuery';
import type { ZoneOffset } from './gmailDate';
import { derivedRowId, threadIdFrom } from './ids';
import { findSubjectHeading, findThreadRoot } from './mountPoint';
import { readGmailMessage, type RowIdDeriver } from './readMessage';
import {
  ATTR_LEGACY_THREAD_ID,
  ATTR_THREAD_PERM_ID,
  MESSAGE,
  MESSAGE_ROW,
  OLDER_MESSAGES_BAR,
  OLDER_MESSAGES_COUNT,
} from './selectors';
import { gmailRoute, UNIDENTIFIED_PANE_THREAD } from './threadRoute';

/**
 * The open Gmail thread as a plain Thread, or a short reason (for the user, never quoting
 * mail) why it cannot be read. `notShown` counts messages Gmail announces ("12 older
 * messages") but has not put in the page, so the sidebar can say the read is partial.
 */
export type ReadResult = { ok: true; thread: Thread; notShown: number } | { ok: false; reason: string };

const LAYOUT_CHANGED = "Gmail's layout may have changed.";

function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/**
 * One element per message, in page order, ignoring look-alikes inside bodies. Each row of
 * the conversation list is a message, as InboxSDK reads it: its message element when it
 * has one with an id, else the row itself (collapsed and hidden rows may carry no
 * `data-message-id`). Message elements outside any known row are kept too (older layouts).
 */
function messageElements(scope: Element): Element[] {
  const rows = outermost(queryAllOutsideBodies(scope, MESSAGE_ROW));
  const messages = outermost(queryAllOutsideBodies(scope, MESSAGE));
  const fromRows = rows.map((row) => messages.find((m) => row.contains(m)) ?? row);
  const loose = messages.filter((m) => !rows.some((row) => row.contains(m)));
  return [...fromRows, ...loose].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** A row element read as its own message (no message element with an id inside it). */
function isBareRow(el: Element): boolean {
  return el.matches(MESSAGE_ROW) && !el.matches(MESSAGE);
}

/** Derived ids for id-less rows: stable per (thread, sender, time, rank among equals). */
function rowIdDeriver(threadId: string): RowIdDeriver {
  const seen = new Map<string, number>();
  return (email, sentAt) => {
    const key = `${email}|${sentAt}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return derivedRowId(threadId, email, sentAt, rank);
  };
}

function announcedOlder(scope: Element): number {
  const bar = queryOutsideBodies(scope, OLDER_MESSAGES_BAR);
  const count = bar?.querySelector(OLDER_MESSAGES_COUNT)?.textContent ?? '';
  const n = Number.parseInt(count.replace(/\D/g, ''), 10);
  return Number.isFinite(n) ? n : 0;
}

/** A link that opens this thread again, whichever label or search it was opened from. */
function threadUrl(href: string, id: string): string {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname}#all/${id}`;
  } catch {
    return `https://mail.google.com/mail/u/0/#all/${id}`;
  }
}

/**
 * The open thread in steps (src/mail/slices.ts): the controller runs them in slices, so a
 * heavy body never holds Gmail's main thread for one long task; `readGmailThread` at once.
 */
export function* readGmailThreadSteps(
  root: ParentNode,
  location: { href: string },
  now: Date = new Date(),
  zone?: ZoneOffset,
): Steps<ReadResult> {
  const route = gmailRoute(location.href, root);
  if (route.kind !== 'thread') return { ok: false, reason: 'No thread is open.' };

  const heading = findSubjectHeading(root);
  const scope = findThreadRoot(root);
  if (!heading || !scope) {
    return { ok: false, reason: `Accord could not find the thread on this page. ${LAYOUT_CHANGED}` };
  }
  const subject = (heading.textContent ?? '').replace(/\s+/g, ' ').trim() || '(no subject)';
  const id =
    threadIdFrom(heading.getAttribute(ATTR_LEGACY_THREAD_ID), heading.getAttribute(ATTR_THREAD_PERM_ID)) ??
    route.threadId;

  if (id === UNIDENTIFIED_PANE_THREAD) {
    return {
      ok: false,
      reason: `Accord could not tell which thread the reading pane shows. ${LAYOUT_CHANGED}`,
    };
  }

  const elements = messageElements(scope);
  if (elements.length === 0) {
    return { ok: false, reason: `Accord could not find the messages in this thread. ${LAYOUT_CHANGED}` };
  }

  const messages: MailMessage[] = [];
  let hiddenRead = 0;
  const deriveId = rowIdDeriver(id);
  for (const el of elements) {
    const read = yield* readGmailMessage(el, now, zone, deriveId);
    if (read.ok) {
      messages.push(read.message);
      if (read.state === 'hidden') hiddenRead++;
    } else if (read.state === 'expanded' || (read.state === 'collapsed' && !isBareRow(el))) {
      // A hidden row may legitimately be an empty placeholder; a visible message must read.
      // A folded row with no message element that does not read is not taken for a
      // message: Gmail's short class names can recur on other elements. (2026-12)
      return { ok: false, reason: `${read.reason} ${LAYOUT_CHANGED}` };
    }
  }
  if (messages.length === 0) {
    return { ok: false, reason: `Accord could not read the messages in this thread. ${LAYOUT_CHANGED}` };
  }

  const notShown = Math.max(0, announcedOlder(scope) - hiddenRead);
  return {
    ok: true,
    notShown,
    thread: { host: 'gmail', id, url: threadUrl(location.href, id), subject, messages },
  };
}

export function readGmailThread(
  root: ParentNode,
  location: { href: string },
  now?: Date,
  zone?: ZoneOffset,
): ReadResult {
  return runToEnd(readGmailThreadSteps(root, location, now, zone));
}
