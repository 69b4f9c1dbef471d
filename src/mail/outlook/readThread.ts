import type { MailMessage, Thread } from '../../core/mail';
import type { ZoneOffset } from '../gmail/gmailDate';
import { runToEnd, type Steps } from '../slices';
import { outermost, queryAllOutsideBodies, queryOutsideBodies } from './domQuery';
import { derivedMessageId } from './ids';
import { readOutlookSelf } from './identity';
import { dateOrderForLanguage } from './outlookDate';
import { readOutlookMessageSteps, type RawMessage } from './readMessage';
import { parseOutlookRoute } from './route';
import {
  ATTR_CONVERSATION_ID,
  MESSAGE,
  MESSAGE_FALLBACK,
  READING_PANE,
  SELECTED_ROW,
  SENT_AT,
  SUBJECT_BY_ID,
  SUBJECT_FALLBACK,
} from './selectors';

export type OutlookReadResult = { ok: true; thread: Thread } | { ok: false; reason: string };

const LAYOUT_CHANGED = 'Outlook’s layout may have changed.';

/** The reading pane that holds the open conversation (the first one with messages). */
export function findReadingPane(doc: ParentNode): Element | null {
  const panes = queryAllOutsideBodies(doc, READING_PANE);
  return panes.find((pane) => messageElements(pane).length > 0) ?? panes[0] ?? null;
}

/** Labelled messages; in another UI language, expandable elements holding a sent time. */
export function messageElements(scope: Element): Element[] {
  const labelled = outermost(queryAllOutsideBodies(scope, MESSAGE));
  if (labelled.length > 0) return labelled;
  const expandable = queryAllOutsideBodies(scope, MESSAGE_FALLBACK).filter(
    (el) => queryOutsideBodies(el, SENT_AT) !== null,
  );
  return outermost(expandable);
}

function subjectOf(pane: Element): string | null {
  const heading = queryOutsideBodies(pane, SUBJECT_BY_ID) ?? queryOutsideBodies(pane, SUBJECT_FALLBACK);
  if (!heading) return null;
  return (heading.textContent ?? '').replace(/\s+/g, ' ').trim() || '(no subject)';
}

/** The selected list row's conversation id (Graph's conversationId), when a row is selected. */
export function selectedConversationId(doc: ParentNode): string | null {
  const row = queryOutsideBodies(doc, SELECTED_ROW);
  return row?.getAttribute(ATTR_CONVERSATION_ID)?.trim() || null;
}

/** The conversation id of the selected list row; else the item id in the URL. */
function conversationId(doc: ParentNode, urlItemId: string): string {
  return selectedConversationId(doc) ?? urlItemId;
}

/** A link that opens this item again: the page's own address without query or hash. */
function itemUrl(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

export interface Conversation {
  thread: Thread;
  /** The body element of each expanded message, by MailMessage.id (for highlights). */
  bodies: Map<string, Element>;
}

export type ConversationRead = { ok: true; conversation: Conversation } | { ok: false; reason: string };

/**
 * The open conversation in steps (src/mail/slices.ts): the controller runs them in slices, so
 * a heavy body never holds Outlook's main thread for one long task. `withoutText` leaves the
 * messages' text empty, for callers that only need the ids and body elements.
 */
export function* readOutlookConversationSteps(
  doc: Document,
  location: { href: string },
  now: Date = new Date(),
  zone?: ZoneOffset,
  withoutText = false,
): Steps<ConversationRead> {
  const route = parseOutlookRoute(location.href);
  if (route.kind !== 'thread') return { ok: false, reason: 'No conversation is open.' };
  const pane = findReadingPane(doc);
  const subject = pane ? subjectOf(pane) : null;
  if (!pane || subject === null) {
    return { ok: false, reason: `Accord could not find the conversation on this page. ${LAYOUT_CHANGED}` };
  }
  const elements = messageElements(pane);
  if (elements.length === 0) {
    return {
      ok: false,
      reason: `Accord could not find the messages in this conversation. ${LAYOUT_CHANGED}`,
    };
  }
  const context = {
    self: readOutlookSelf(doc),
    order: dateOrderForLanguage(doc.documentElement?.lang ?? ''),
    now,
    zone,
    withoutText,
  };
  const raw: RawMessage[] = [];
  for (const el of elements) {
    const read = yield* readOutlookMessageSteps(el, context);
    if (!read.ok)
      return {
        ok: false,
        reason: read.reason.includes('day from the month') ? read.reason : `${read.reason} ${LAYOUT_CHANGED}`,
      };
    raw.push(read.message);
  }
  // Oldest first, whatever order Outlook shows ("newest on top" is a setting).
  const ordered = raw
    .map((m, index) => ({ m, index, time: Date.parse(m.sentAt) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((x) => x.m);

  const id = conversationId(doc, route.threadId);
  const seen = new Map<string, number>();
  const bodies = new Map<string, Element>();
  const messages: MailMessage[] = ordered.map((m) => {
    const key = `${m.from.email}|${m.sentAt}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const messageId = derivedMessageId({
      conversationId: id,
      senderEmail: m.from.email,
      sentAt: m.sentAt,
      occurrence,
    });
    if (m.body) bodies.set(messageId, m.body);
    return {
      id: messageId,
      from: m.from,
      to: m.to,
      cc: m.cc,
      sentAt: m.sentAt,
      text: m.text,
      fullyRead: m.fullyRead,
    };
  });
  return {
    ok: true,
    conversation: {
      thread: { host: 'outlook', id, url: itemUrl(location.href), subject, messages },
      bodies,
    },
  };
}

/** The open conversation read at once. */
export function readOutlookConversation(
  doc: Document,
  location: { href: string },
  now?: Date,
  zone?: ZoneOffset,
  withoutText?: boolean,
): ConversationRead {
  return runToEnd(readOutlookConversationSteps(doc, location, now, zone, withoutText));
}

/** The open Outlook conversation as a plain Thread, or a reason (never quoting mail), in steps. */
export function* readOutlookThreadSteps(
  doc: Document,
  location: { href: string },
  now?: Date,
  zone?: ZoneOffset,
): Steps<OutlookReadResult> {
  const read = yield* readOutlookConversationSteps(doc, location, now, zone);
  return read.ok ? { ok: true, thread: read.conversation.thread } : read;
}

/** The open Outlook conversation read at once. */
export function readOutlookThread(
  doc: Document,
  location: { href: string },
  now?: Date,
  zone?: ZoneOffset,
): OutlookReadResult {
  return runToEnd(readOutlookThreadSteps(doc, location, now, zone));
}
