/**
 * Bookings waiting for the calendar: written before the first request, removed only after a
 * success, so a booking survives the worker stopping mid-request or the network dropping.
 * Retrying is safe because every create carries its client-chosen id. Tokens never go here.
 */
import { OfflineError, ProviderError } from '../http/errors';
import type { ProviderId, Review, ReviewEvent, ReviewEventPatch, UpdateScope } from './types';

/** The slice of a storage area the outbox needs (the worker passes one over browser.storage.local). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export type OutboxOp =
  | { kind: 'create'; event: ReviewEvent }
  | {
      kind: 'update';
      patch: ReviewEventPatch;
      scope: UpdateScope;
      occurrenceStart?: string;
      known: ReviewEvent;
    }
  | { kind: 'cancel'; scope: UpdateScope; occurrenceStart?: string; known: ReviewEvent };

export interface OutboxEntry {
  /** `${reviewId}:${kind}[:occurrenceStart]`: enqueuing the same operation again replaces it. */
  key: string;
  reviewId: string;
  provider: ProviderId;
  op: OutboxOp;
  /** The review as it should be once this operation succeeds. */
  review: Review;
  enqueuedAt: string;
  attempts: number;
  lastError?: string;
  /** Set when the calendar refused it for good; kept so the sidebar can show it until dismissed. */
  failed?: boolean;
}

export interface DrainReport<T> {
  sent: { entry: OutboxEntry; result: T }[];
  failed: OutboxEntry[];
  pending: OutboxEntry[];
}

export const OUTBOX_KEY = 'accord.calendar.outbox';

export function entryKey(reviewId: string, op: OutboxOp): string {
  const occurrence = op.kind !== 'create' && op.scope === 'occurrence' ? `:${op.occurrenceStart}` : '';
  return `${reviewId}:${op.kind}${occurrence}`;
}

/** Worth retrying later: no answer, throttling/server trouble, or a sign-in only the user can give. */
export function isTransient(err: unknown): boolean {
  if (err instanceof OfflineError) return true;
  if (err instanceof ProviderError) return err.retryable;
  return err instanceof Error && err.name === 'SignInRequiredError';
}

function messageOf(err: unknown): string {
  if (err && typeof err === 'object' && 'userMessage' in err && typeof err.userMessage === 'string')
    return err.userMessage;
  return err instanceof Error ? err.message : String(err);
}

export interface Outbox {
  list(): Promise<OutboxEntry[]>;
  find(reviewId: string, kind: OutboxOp['kind']): Promise<OutboxEntry | undefined>;
  enqueue(e: { reviewId: string; provider: ProviderId; op: OutboxOp; review: Review }): Promise<OutboxEntry>;
  remove(key: string): Promise<void>;
  /** Records a failed try of one entry (transient: stays pending; otherwise marked failed). */
  recordFailure(key: string, err: unknown): Promise<void>;
  /**
   * Tries each pending entry once, in order; later operations of a review wait for its earlier ones.
   * An entry being sent right now (`sending`) is passed over, not sent a second time.
   */
  drain<T>(send: (entry: OutboxEntry) => Promise<T>): Promise<DrainReport<T>>;
  /**
   * Runs `send` for an entry while marking it as being sent in this worker, so a drain started
   * meanwhile (the alarm, or the retry a second after the worker starts) does not send it again.
   */
  sending<T>(key: string, send: () => Promise<T>): Promise<T>;
}

export function createOutbox(store: KeyValueStore, now: () => Date = () => new Date()): Outbox {
  // One change at a time: drains and enqueues from different events must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const load = async (): Promise<OutboxEntry[]> => {
    const v = await store.get(OUTBOX_KEY);
    return Array.isArray(v) ? (v as OutboxEntry[]) : [];
  };
  const change = (fn: (entries: OutboxEntry[]) => OutboxEntry[]) =>
    serial(async () => {
      const next = fn(await load());
      await store.set(OUTBOX_KEY, next);
      return next;
    });

  // Entries being sent now, by the booking that wrote them or by a drain (this worker only: a
  // stopped worker sends nothing, and the alarm finishes its entries).
  const inFlight = new Set<string>();
  const outbox: Outbox = {
    list: () => serial(load),
    async sending(key, send) {
      inFlight.add(key);
      try {
        return await send();
      } finally {
        inFlight.delete(key);
      }
    },
    async find(reviewId, kind) {
      return (await outbox.list()).find((e) => e.reviewId === reviewId && e.op.kind === kind);
    },
    async enqueue({ reviewId, provider, op, review }) {
      const key = entryKey(reviewId, op);
      let saved!: OutboxEntry;
      await change((entries) => {
        const prior = entries.find((e) => e.key === key);
        saved = {
          key,
          reviewId,
          provider,
          op,
          review,
          enqueuedAt: prior?.enqueuedAt ?? now().toISOString(),
          attempts: prior?.attempts ?? 0,
        };
        return prior ? entries.map((e) => (e.key === key ? saved : e)) : [...entries, saved];
      });
      return saved;
    },
    async remove(key) {
      await change((entries) => entries.filter((e) => e.key !== key));
    },
    async recordFailure(key, err) {
      const transient = isTransient(err);
      await change((entries) =>
        entries.map((e) =>
          e.key === key
            ? {
                ...e,
                attempts: e.attempts + 1,
                lastError: messageOf(err),
                ...(transient ? {} : { failed: true }),
              }
            : e,
        ),
      );
    },
    async drain(send) {
      const report: DrainReport<Awaited<ReturnType<typeof send>>> = { sent: [], failed: [], pending: [] };
      const blocked = new Set<string>();
      for (const entry of await outbox.list()) {
        // Being sent right now: its sender removes it or records why not.
        if (inFlight.has(entry.key)) {
          blocked.add(entry.reviewId);
          continue;
        }
        if (entry.failed) {
          report.failed.push(entry);
          blocked.add(entry.reviewId);
          continue;
        }
        if (blocked.has(entry.reviewId)) {
          report.pending.push(entry);
          continue;
        }
        try {
          const result = await outbox.sending(entry.key, () => send(entry));
          await outbox.remove(entry.key);
          report.sent.push({ entry, result });
        } catch (err) {
          await outbox.recordFailure(entry.key, err);
          blocked.add(entry.reviewId);
          const after = { ...entry, attempts: entry.attempts + 1, lastError: messageOf(err) };
          if (isTransient(err)) report.pending.push(after);
          else report.failed.push({ ...after, failed: true });
        }
      }
      return report;
    },
  };
  return outbox;
}
