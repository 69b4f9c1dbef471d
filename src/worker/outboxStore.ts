/**
 * The calendar outbox's storage: the ledger's IndexedDB (store `outbox`, ledger v3), which only
 * Accord's own pages and worker can open. Until v3 it lived in storage.local, where a content
 * script could write it: a forged entry made the worker send Google a 150-attendee event, a
 * DELETE and a PATCH of events Accord never booked (issue 10). migrateLegacyOutbox moves what
 * is left there, keeping only entries the ledger's own review records vouch for.
 */
import * as v from 'valibot';
import { OUTBOX_KEY, type KeyValueStore, type OutboxEntry } from '../calendar/outbox';
import { isEventId } from '../calendar/ids';
import type { Review } from '../calendar/types';
import type { LedgerDb } from '../ledger';
import { IdSchema, TimestampSchema } from '../ledger/recordSchemas';
import { TimeZoneSchema } from '../ledger/settingsSchema';
import { AttendeesSchema, ProviderIdSchema, UpdateScopeSchema } from '../messaging/schemas';

/** The outbox as one ordered list over the `outbox` store: every save is one transaction. */
export function ledgerOutboxStore(open: () => Promise<LedgerDb>): KeyValueStore {
  return {
    async get(key) {
      if (key !== OUTBOX_KEY) return undefined;
      const records = await (await open()).getAll('outbox');
      return records.sort((a, b) => a.seq - b.seq).map((r) => r.entry);
    },
    async set(key, value) {
      if (key !== OUTBOX_KEY || !Array.isArray(value)) throw new Error(`Not an outbox write: ${key}`);
      const tx = (await open()).transaction('outbox', 'readwrite');
      void tx.store.clear();
      (value as OutboxEntry[]).forEach((entry, seq) => void tx.store.put({ key: entry.key, seq, entry }));
      await tx.done;
    },
  };
}

// The router's limits for what a review message may carry (src/messaging/protocol.ts).
const Time = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
const EventSchema = v.object({
  id: v.pipe(v.string(), v.check(isEventId)),
  title: v.pipe(v.string(), v.maxLength(200)),
  start: Time,
  end: Time,
  timeZone: TimeZoneSchema,
  attendees: AttendeesSchema,
  description: v.pipe(v.string(), v.maxLength(100_000)),
  recurrence: v.nullable(v.looseObject({})),
  wantsVideo: v.boolean(),
  sequence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
const PatchSchema = v.partial(v.omit(EventSchema, ['id']));
const LegacyEntrySchema = v.object({
  key: v.pipe(v.string(), v.maxLength(2200)),
  reviewId: IdSchema,
  provider: ProviderIdSchema,
  op: v.variant('kind', [
    v.object({ kind: v.literal('create'), event: EventSchema }),
    v.object({
      kind: v.literal('update'),
      patch: PatchSchema,
      scope: UpdateScopeSchema,
      occurrenceStart: v.optional(Time),
      known: EventSchema,
    }),
    v.object({
      kind: v.literal('cancel'),
      scope: UpdateScopeSchema,
      occurrenceStart: v.optional(Time),
      known: EventSchema,
    }),
  ]),
  review: v.looseObject({ id: IdSchema, clientId: IdSchema, provider: ProviderIdSchema }),
  enqueuedAt: TimestampSchema,
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastError: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  failed: v.optional(v.boolean()),
});

/**
 * Whether the ledger vouches for a legacy entry: its review is one Accord saved, for the same
 * client, provider and calendar event, and the event it would send names only that review's
 * attendees. Anything else was not written by Accord (or cannot be told from a forgery).
 */
export function vouchedFor(entry: unknown, stored: Review | undefined): entry is OutboxEntry {
  const parsed = v.safeParse(LegacyEntrySchema, entry);
  if (!parsed.success || !stored) return false;
  const e = parsed.output;
  const review = e.review as unknown as Review;
  const event = e.op.kind === 'create' ? e.op.event : e.op.known;
  const invited = new Set(stored.attendees.map((a) => a.email.toLowerCase()));
  const patchAttendees = e.op.kind === 'update' ? (e.op.patch.attendees ?? []) : [];
  return (
    e.reviewId === stored.id &&
    review.id === stored.id &&
    review.clientId === stored.clientId &&
    e.provider === stored.provider &&
    review.provider === stored.provider &&
    (review.eventId ?? null) === (stored.eventId ?? null) &&
    event.id === stored.id &&
    (e.op.kind === 'create' ? stored.eventId === null : stored.eventId !== null) &&
    [...event.attendees, ...patchAttendees].every((a) => invited.has(a.email.toLowerCase()))
  );
}

/** The slice of browser.storage.local the migration reads and clears. */
export interface LegacyArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * Moves storage.local's outbox (ledger v2) into the ledger, once: entries the ledger vouches
 * for are added (unless already there), the rest dropped, then the key is deleted. Returns
 * what was kept and dropped, for the worker's log.
 */
export async function migrateLegacyOutbox(
  area: LegacyArea,
  open: () => Promise<LedgerDb>,
): Promise<{ kept: number; dropped: number }> {
  const legacy = (await area.get(OUTBOX_KEY))[OUTBOX_KEY];
  if (legacy === undefined) return { kept: 0, dropped: 0 };
  const entries = Array.isArray(legacy) ? (legacy as unknown[]).slice(0, 1000) : [];
  const db = await open();
  const tx = db.transaction(['reviews', 'outbox'], 'readwrite');
  const reviews = await Promise.all(
    entries.map((e) =>
      typeof (e as { reviewId?: unknown })?.reviewId === 'string'
        ? tx.objectStore('reviews').get((e as { reviewId: string }).reviewId)
        : undefined,
    ),
  );
  const kept = entries.filter((e, i): e is OutboxEntry => vouchedFor(e, reviews[i] as Review | undefined));
  const existing = await tx.objectStore('outbox').getAll();
  let seq = existing.reduce((max, r) => Math.max(max, r.seq + 1), 0);
  for (const entry of kept) {
    if (!existing.some((r) => r.key === entry.key))
      void tx.objectStore('outbox').put({ key: entry.key, seq: seq++, entry });
  }
  await tx.done;
  await area.remove(OUTBOX_KEY);
  return { kept: kept.length, dropped: (Array.isArray(legacy) ? legacy.length : 1) - kept.length };
}
