/**
 * Reviews as the sidebar shows them: the ledger's records, with what the outbox still holds
 * laid over them (a booking the worker was stopped in the middle of is in the outbox only).
 */
import type { OutboxEntry } from '../calendar/outbox';
import type { Review } from '../calendar/types';
import type { ReviewView } from '../messaging/protocol';

export function withOutboxState(stored: Review[], entries: OutboxEntry[], clientId: string): ReviewView[] {
  const byId = new Map<string, ReviewView>(stored.map((r) => [r.id, { ...r }]));
  for (const entry of entries) {
    if (entry.review.clientId !== clientId) continue;
    const state = entry.failed ? 'failed' : 'pending';
    const known = byId.get(entry.reviewId);
    const base: ReviewView = known ?? { ...entry.review, status: 'pending' };
    // A refusal outranks a wait: the user has to act on it.
    const outbox = base.outbox === 'failed' ? 'failed' : state;
    const note = entry.lastError ?? base.note ?? 'Waiting to reach the calendar.';
    byId.set(entry.reviewId, { ...base, outbox, note });
  }
  return [...byId.values()].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** The start of the latest review before `now` that was not cancelled, for the agenda's "since". */
export function lastReviewBefore(reviews: Review[], now: Date): string | null {
  const at = now.getTime();
  const past = reviews
    .filter((r) => r.status !== 'cancelled' && Date.parse(r.start) < at)
    .map((r) => r.start)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return past[past.length - 1] ?? null;
}
