/**
 * Accepting suggestions: one or many at once, creating the client on first use, in one
 * transaction over clients and expectations, so a worker stopped mid-accept leaves all or nothing.
 */
import type { Client, LedgerItem, MailHost, SuggestedExpectation } from '../core';
import type { ClientKey } from '../clients/clientKey';
import type { LedgerDb } from './db';
import { ensureClientIn } from './clients';
import { applyEdits, type ItemEdits } from './fields';
import { addItemRecord, record, changes } from './itemRecord';
import { sameSource } from './suggestionKey';
import { LedgerRuleError } from './errors';
import { writeTransaction } from './transaction';

export type AcceptedSuggestion = SuggestedExpectation & { edits?: ItemEdits };

export interface AcceptInput {
  clientKey: ClientKey;
  /** Used only when the client is new. */
  clientName: string;
  thread: { host: MailHost; id: string; url: string };
  suggestions: AcceptedSuggestion[];
  /** When each message was sent, by message id (the source keeps it). */
  sentAt: Record<string, string>;
}

export interface AcceptResult {
  client: Client;
  /** One item per suggestion, in order: new ones, or the item already accepted from that sentence. */
  items: LedgerItem[];
}

export interface AcceptOptions {
  /** Item ids; tests pass their own to provoke a constraint failure mid-transaction. */
  newId?: () => string;
}

export async function acceptSuggestions(
  db: LedgerDb,
  input: AcceptInput,
  now: Date,
  options: AcceptOptions = {},
): Promise<AcceptResult> {
  if (input.suggestions.length === 0) throw new LedgerRuleError('There is nothing to accept.');
  for (const s of input.suggestions) {
    if (!input.sentAt[s.messageId]) {
      throw new LedgerRuleError(
        'Accord could not tell when that message was sent. Reopen the thread and try again.',
      );
    }
  }
  const newId = options.newId ?? (() => crypto.randomUUID());

  return writeTransaction(db, ['clients', 'expectations'], async (tx) => {
    const client = await ensureClientIn(tx.objectStore('clients'), input.clientKey, input.clientName, now);
    const index = tx.objectStore('expectations').index('byThreadMessage');
    const messageIds = [...new Set(input.suggestions.map((s) => s.messageId))];
    const earlier = (
      await Promise.all(messageIds.map((id) => index.getAll(IDBKeyRange.only([input.thread.id, id]))))
    ).flat();

    const items: LedgerItem[] = [];
    for (const suggestion of input.suggestions) {
      const already = [...earlier, ...items].find((item) => sameSource(item.source, suggestion));
      if (already) {
        items.push(already);
        continue;
      }
      const item = itemFrom(suggestion, client.id, input, newId(), now);
      items.push(await addItemRecord(tx, item));
    }
    return { client, items };
  });
}

function itemFrom(
  s: AcceptedSuggestion,
  clientId: string,
  input: AcceptInput,
  id: string,
  now: Date,
): LedgerItem {
  const stamp = now.toISOString();
  const suggested: LedgerItem = {
    id,
    clientId,
    kind: s.kind,
    owner: s.owner,
    text: s.text,
    due: s.due,
    amount: s.amount,
    status: 'proposed',
    source: {
      host: input.thread.host,
      threadId: input.thread.id,
      threadUrl: input.thread.url,
      messageId: s.messageId,
      quote: s.text,
      start: s.start,
      end: s.end,
      sentAt: input.sentAt[s.messageId] ?? '',
    },
    createdAt: stamp,
    updatedAt: stamp,
    history: [],
  };
  if (s.dueTime !== undefined) suggested.dueTime = s.dueTime;
  if (s.terms !== undefined) suggested.terms = s.terms;
  if (s.recurrence !== undefined) suggested.recurrence = s.recurrence;
  const edited = s.edits ? applyEdits(suggested, s.edits) : suggested;
  // The history says what extraction proposed and what the user changed before accepting.
  const diff = s.edits ? changes(suggested, s.edits) : null;
  return record(
    edited,
    { by: 'user', action: 'accepted', why: diff ? 'edited before accepting' : undefined, ...diff },
    now,
  );
}
