/**
 * Exact reading of an Outlook conversation through Microsoft Graph (needs Mail.Read): every
 * message of the conversation, collapsed in the page or not, with its plain-text unique
 * body (the message's own words, without the quoted history), sender, recipients, sent
 * time and internet message id, mapped to the same Thread the DOM adapters produce.
 * Runs in the worker; what Graph returns is as untrusted as the page and is checked by the
 * same Thread schema before anyone uses it.
 */
import type { MailMessage, Person, Thread } from '../core/mail';
import type { GraphCall, GraphList } from './graphClient';

interface GraphAddress {
  emailAddress?: { name?: string | null; address?: string | null } | null;
}

interface GraphBody {
  contentType?: string;
  content?: string;
}

export interface GraphMessage {
  id?: string;
  internetMessageId?: string | null;
  conversationId?: string;
  subject?: string | null;
  from?: GraphAddress | null;
  sender?: GraphAddress | null;
  toRecipients?: GraphAddress[];
  ccRecipients?: GraphAddress[];
  sentDateTime?: string | null;
  isDraft?: boolean;
  uniqueBody?: GraphBody | null;
  body?: GraphBody | null;
  webLink?: string | null;
}

/** What is asked for: only the fields the Thread needs. */
export const MESSAGE_FIELDS = [
  'id',
  'internetMessageId',
  'conversationId',
  'subject',
  'from',
  'sender',
  'toRecipients',
  'ccRecipients',
  'sentDateTime',
  'isDraft',
  'uniqueBody',
  'body',
  'webLink',
].join(',');

/** Bodies and unique bodies as plain text (Graph converts the HTML itself). */
export const PLAIN_TEXT = { Prefer: 'outlook.body-content-type="text"' };

const PAGE_SIZE = 50;
/** The Thread schema allows 500 messages; ten pages of fifty. */
const MAX_PAGES = 10;
const MAX_ID = 200;

/** A conversation that could not be read exactly; the caller falls back to the page. */
export class ExactReadError extends Error {
  override readonly name = 'ExactReadError';
}

function person(a: GraphAddress | null | undefined): Person | null {
  const email = (a?.emailAddress?.address ?? '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) return null;
  const name = (a?.emailAddress?.name ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  return { name: name.toLowerCase() === email ? '' : name, email };
}

const people = (list: GraphAddress[] | undefined) =>
  (list ?? [])
    .map(person)
    .filter((p): p is Person => p !== null)
    .slice(0, 500);

/** The message's own words: the unique body, else the whole body, as text. */
function textOf(m: GraphMessage): string {
  const part = m.uniqueBody?.content !== undefined ? m.uniqueBody : m.body;
  if (part?.contentType && part.contentType.toLowerCase() !== 'text')
    throw new ExactReadError('Graph returned HTML although plain text was asked for');
  return (part?.content ?? '').replace(/\r\n?/g, '\n').trim();
}

function toMessage(m: GraphMessage): MailMessage | null {
  const from = person(m.from) ?? person(m.sender);
  const sentAt = m.sentDateTime && !Number.isNaN(Date.parse(m.sentDateTime)) ? m.sentDateTime : null;
  const internetId = m.internetMessageId?.trim();
  const id = internetId && internetId.length <= MAX_ID ? internetId : m.id?.slice(0, MAX_ID);
  if (!from || !sentAt || !id) return null;
  return {
    id,
    from,
    to: people(m.toRecipients),
    cc: people(m.ccRecipients),
    sentAt,
    text: textOf(m),
    fullyRead: true,
  };
}

function threadUrl(messages: GraphMessage[]): string {
  for (const m of [...messages].reverse()) {
    try {
      const url = new URL(m.webLink ?? '');
      if (url.protocol === 'https:' && url.href.length <= 2000) return url.href;
    } catch {
      // not a URL: try the next message
    }
  }
  return 'https://outlook.office.com/mail/';
}

/** Graph messages of one conversation → Thread (drafts left out, oldest first). */
export function toThread(conversationId: string, graph: GraphMessage[]): Thread {
  const sent = graph.filter((m) => !m.isDraft && m.conversationId === conversationId);
  const pairs = sent
    .map((m) => ({ m, message: toMessage(m) }))
    .filter((p): p is { m: GraphMessage; message: MailMessage } => p.message !== null)
    .sort((a, b) => Date.parse(a.message.sentAt) - Date.parse(b.message.sentAt));
  if (pairs.length === 0)
    throw new ExactReadError('Graph returned no readable message for this conversation');
  const subject = (pairs[0]!.m.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000) || '(no subject)';
  return {
    host: 'outlook',
    id: conversationId,
    url: threadUrl(pairs.map((p) => p.m)),
    subject,
    messages: pairs.map((p) => p.message).slice(-500),
  };
}

/**
 * Every message of the conversation, across pages. No `$orderby` with this filter: Graph
 * answers "InefficientFilter" when it is combined with a filter on conversationId, so the
 * order is made here.
 */
export async function readGraphConversation(call: GraphCall, conversationId: string): Promise<Thread> {
  const q = new URLSearchParams({
    $filter: `conversationId eq '${conversationId.replace(/'/g, "''")}'`,
    $select: MESSAGE_FIELDS,
    $top: String(PAGE_SIZE),
  });
  const all: GraphMessage[] = [];
  let next: string | undefined = `/me/messages?${q}`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const res: GraphList<GraphMessage> = await call(next, (r) => r.get(), PLAIN_TEXT);
    all.push(...(res.value ?? []));
    next = res['@odata.nextLink'];
  }
  return toThread(conversationId, all);
}
