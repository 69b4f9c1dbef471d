/**
 * Dismissed suggestions stay dismissed for that message. Together with the items already
 * accepted from a message, they decide what the sidebar still offers (filterNewSuggestions).
 */
import type { LedgerItem, SuggestedExpectation } from '../core';
import type { LedgerDb } from './db';
import type { DismissalRecord } from './schema';
import { sameSource, suggestionHash } from './suggestionKey';
import { writeTransaction } from './transaction';
import { threadRange } from './queries';

type SuggestionRef = Pick<SuggestedExpectation, 'messageId' | 'text' | 'start'>;

export async function dismissSuggestion(
  db: LedgerDb,
  input: { threadId: string; suggestion: SuggestionRef },
  now: Date,
): Promise<DismissalRecord> {
  const dismissal: DismissalRecord = {
    messageId: input.suggestion.messageId,
    hash: suggestionHash(input.suggestion),
    threadId: input.threadId,
    text: input.suggestion.text,
    dismissedAt: now.toISOString(),
  };
  // put, not add: dismissing twice (two tabs) is the same fact, not an error.
  await writeTransaction(db, ['dismissals'], (tx) => tx.store.put(dismissal));
  return dismissal;
}

/** Undoes a dismissal (the user changed their mind); the suggestion is offered again. */
export async function undismissSuggestion(db: LedgerDb, suggestion: SuggestionRef): Promise<void> {
  await writeTransaction(db, ['dismissals'], (tx) =>
    tx.store.delete([suggestion.messageId, suggestionHash(suggestion)]),
  );
}

export async function isDismissed(db: LedgerDb, suggestion: SuggestionRef): Promise<boolean> {
  const key: [string, string] = [suggestion.messageId, suggestionHash(suggestion)];
  return (await db.count('dismissals', key)) > 0;
}

/** What the ledger holds about a thread that decides which of its suggestions are new. */
export interface ThreadHistory {
  dismissed: Set<string>;
  items: Pick<LedgerItem, 'source'>[];
}

/** Two index reads, whatever the ledger's size; a worker can ask before it extracts. */
export async function readThreadHistory(db: LedgerDb, threadId: string): Promise<ThreadHistory> {
  const tx = db.transaction(['dismissals', 'expectations'], 'readonly');
  const [dismissals, items] = await Promise.all([
    tx.objectStore('dismissals').index('byThread').getAll(threadId),
    tx.objectStore('expectations').index('byThreadMessage').getAll(threadRange(threadId)),
  ]);
  await tx.done;
  return { dismissed: new Set(dismissals.map((d) => `${d.messageId}\u0000${d.hash}`)), items };
}

/** The suggestions still worth offering: not dismissed, not already accepted from the same message and offsets. */
export function newSuggestions<S extends SuggestedExpectation>(
  history: ThreadHistory,
  suggestions: S[],
): S[] {
  return suggestions.filter(
    (s) =>
      !history.dismissed.has(`${s.messageId}\u0000${suggestionHash(s)}`) &&
      !history.items.some((item) => sameSource(item.source, s)),
  );
}

/** readThreadHistory then newSuggestions, for callers with nothing to do between them. */
export async function filterNewSuggestions<S extends SuggestedExpectation>(
  db: LedgerDb,
  threadId: string,
  suggestions: S[],
): Promise<S[]> {
  if (suggestions.length === 0) return [];
  return newSuggestions(await readThreadHistory(db, threadId), suggestions);
}
