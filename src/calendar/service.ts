/**
 * The calendar facade the worker calls. Everything it needs is injected (provider factory,
 * outbox, clock, retry alarm), so it runs the same in the worker and in tests.
 *
 * Every change goes through the outbox first: written, then sent, then removed. If the
 * worker stops or the network drops in between, retryPending (from the alarm) finishes it,
 * and the client-chosen event id keeps a retried create from making a second event.
 */
import { DateTime } from 'luxon';
import type { LedgerItem } from '../core/ledger';
import { milestoneDates, recurrenceFor, type Cadence } from './cadence';
import { newEventId } from './ids';
import { isTransient, type Outbox, type OutboxEntry, type OutboxOp } from './outbox';
import type { CalendarProvider } from './provider';
import { formatSlot, type SlotLabel } from './slotFormat';
import { findFreeSlots, type Slot, type WorkingHours } from './slots';
import type { Attendee, BookedEvent, ProviderId, Review, ReviewEvent, UpdateScope } from './types';

export interface CalendarServiceDeps {
  /** Google and Microsoft providers carry their token sources; 'ics' needs none. */
  provider: (id: ProviderId) => CalendarProvider;
  outbox: Outbox;
  now: () => Date;
  newId?: () => string;
  /** Wraps scheduleOutboxRetry / clearOutboxRetry with the worker's alarms API. */
  retry?: { schedule(): Promise<void>; clear(): Promise<void> };
}

export interface ProposeRequest {
  provider: ProviderId;
  hours: WorkingHours;
  lengthMinutes: number;
  /** Default: from now for 14 days. */
  window?: { start: string; end: string };
  /** Default: 15 minutes for 15/45-minute reviews, else 30. */
  stepMinutes?: number;
  /** Default 5. */
  count?: number;
  clientTimeZone?: string | null;
}

export interface ProposedSlot extends Slot {
  label: SlotLabel;
}

export interface BookRequest {
  clientId: string;
  provider: ProviderId;
  title: string;
  /** The chosen slot. For milestone cadences its local time of day is used on each date. */
  start: string;
  end: string;
  timeZone: string;
  attendees: Attendee[];
  /** From buildAgenda (agenda.ts). */
  agenda: string;
  cadence: Cadence;
  wantsVideo: boolean;
  /** Ledger items of the client, for 'beforeEachDue'. */
  items?: LedgerItem[];
  /**
   * The form's id for this booking (base32hex): the reviews' ids, hence the events' ids, derive
   * from it, so the same booking sent twice (a retry after a stopped worker) is one event.
   */
  requestId?: string;
}

/** The review ids a booking of `count` events gets from its request id. */
export function reviewIdsFor(requestId: string, count: number): string[] {
  return count === 1
    ? [requestId]
    : Array.from({ length: count }, (_, i) => `${requestId}${String(i).padStart(3, '0')}`);
}

/** Free slots from the user's own calendar (none known for ICS), labelled in both zones. */
export async function proposeSlots(
  deps: CalendarServiceDeps,
  req: ProposeRequest,
): Promise<{ slots: ProposedSlot[]; busyKnown: boolean }> {
  const now = deps.now();
  const window = req.window ?? {
    start: now.toISOString(),
    end: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
  };
  const busy = await deps.provider(req.provider).freeBusy(window, req.hours.timeZone);
  const slots = findFreeSlots({
    busy,
    window,
    hours: req.hours,
    lengthMinutes: req.lengthMinutes,
    stepMinutes: req.stepMinutes ?? (req.lengthMinutes % 30 === 0 ? 30 : 15),
    now,
    count: req.count ?? 5,
  });
  return {
    slots: slots.map((s) => ({ ...s, label: formatSlot(s, req.hours.timeZone, req.clientTimeZone) })),
    busyKnown: req.provider !== 'ics',
  };
}

export function eventFromReview(r: Review): ReviewEvent {
  return {
    id: r.id,
    title: r.title,
    start: r.start,
    end: r.end,
    timeZone: r.timeZone,
    attendees: r.attendees,
    description: r.agenda,
    recurrence: r.recurrence,
    wantsVideo: r.wantsVideo,
    sequence: r.sequence,
  };
}

/** The review with a provider's answer applied. */
function applyBooked(review: Review, booked: BookedEvent, at: string): Review {
  const next: Review = {
    ...review,
    status: 'booked',
    eventId: booked.eventId,
    htmlLink: booked.htmlLink,
    joinUrl: booked.joinUrl ?? review.joinUrl,
    updatedAt: at,
  };
  delete next.note;
  if (booked.icsText) next.icsText = booked.icsText;
  return next;
}

/** Sends one outbox entry and returns the review as it now stands. */
async function send(deps: CalendarServiceDeps, entry: OutboxEntry): Promise<Review> {
  const provider = deps.provider(entry.provider);
  const at = deps.now().toISOString();
  const { op, review } = entry;
  if (op.kind === 'create') return applyBooked(review, await provider.create(op.event), at);
  const eventId = review.eventId ?? review.id;
  if (op.kind === 'update') {
    const booked = await provider.update(eventId, op.patch, op.scope, op.occurrenceStart, op.known);
    return applyBooked(review, booked, at);
  }
  const result = await provider.cancel(eventId, op.scope, op.occurrenceStart, op.known);
  const next: Review = { ...review, updatedAt: at };
  delete next.note;
  if (result.icsText) next.icsText = result.icsText;
  return next;
}

/**
 * Writes the operation to the outbox, arms the retry alarm, then tries it once now.
 * Transient failures leave it pending (the review comes back 'pending' with a note);
 * a refusal removes it and throws, so the user sees why at once.
 */
async function run(deps: CalendarServiceDeps, review: Review, op: OutboxOp): Promise<Review> {
  const entry = await deps.outbox.enqueue({ reviewId: review.id, provider: review.provider, op, review });
  try {
    // Marked as being sent from the moment it is written: a drain meanwhile (the worker's start-up
    // retry, the alarm) passes it over instead of sending it a second time.
    const done = await deps.outbox.sending(entry.key, async () => {
      await deps.retry?.schedule();
      return send(deps, entry);
    });
    await deps.outbox.remove(entry.key);
    if ((await deps.outbox.list()).length === 0) await deps.retry?.clear();
    return done;
  } catch (err) {
    if (!isTransient(err)) {
      await deps.outbox.remove(entry.key);
      throw err;
    }
    await deps.outbox.recordFailure(entry.key, err);
    const note = (err as { userMessage?: string }).userMessage ?? 'Waiting to reach the calendar.';
    // Shown as pending (with why) until the outbox gets it through.
    return { ...review, status: 'pending', note };
  }
}

/** The local time of day of `start` applied to `date`, in `zone`. */
function onDate(date: string, start: string, end: string, zone: string): { start: string; end: string } {
  const s = DateTime.fromISO(start, { zone });
  const length = DateTime.fromISO(end).toMillis() - s.toMillis();
  const day = DateTime.fromISO(date, { zone }).set({
    hour: s.hour,
    minute: s.minute,
    second: 0,
    millisecond: 0,
  });
  return { start: day.toISO()!, end: day.plus({ milliseconds: length }).toISO()! };
}

/**
 * Books a review: one event (with a recurrence rule for a repeating cadence), or one event per
 * date for a milestone cadence. Returns the reviews for the ledger to save.
 */
export async function bookReview(deps: CalendarServiceDeps, req: BookRequest): Promise<Review[]> {
  const now = deps.now().toISOString();
  const today = DateTime.fromISO(now, { zone: req.timeZone }).toISODate()!;
  const milestone = req.cadence.kind === 'beforeDate' || req.cadence.kind === 'beforeEachDue';
  const times = milestone
    ? milestoneDates(req.cadence, req.items ?? [], today).map((d) =>
        onDate(d, req.start, req.end, req.timeZone),
      )
    : [{ start: req.start, end: req.end }];
  const reviews: Review[] = [];
  const ids = req.requestId ? reviewIdsFor(req.requestId, times.length) : null;
  for (const [i, t] of times.entries()) {
    const review: Review = {
      id: ids?.[i] ?? (deps.newId ?? newEventId)(),
      clientId: req.clientId,
      provider: req.provider,
      eventId: null,
      htmlLink: null,
      joinUrl: null,
      title: req.title,
      start: t.start,
      end: t.end,
      timeZone: req.timeZone,
      recurrence: recurrenceFor(req.cadence),
      attendees: req.attendees,
      agenda: req.agenda,
      status: 'pending',
      sequence: 0,
      wantsVideo: req.wantsVideo,
      createdAt: now,
      updatedAt: now,
    };
    reviews.push(await run(deps, review, { kind: 'create', event: eventFromReview(review) }));
  }
  return reviews;
}

/**
 * Moves the whole series (the review's own times change) or one occurrence (the review keeps
 * its series times; `occurrenceStart` is that occurrence's original start).
 */
export async function rescheduleReview(
  deps: CalendarServiceDeps,
  review: Review,
  change: { start: string; end: string },
  scope: UpdateScope,
  occurrenceStart?: string,
): Promise<Review> {
  const now = deps.now().toISOString();
  const pendingCreate = await deps.outbox.find(review.id, 'create');
  if (pendingCreate && scope === 'series') {
    // Never sent: book it at the new time instead of queueing an update behind it.
    const moved: Review = { ...review, ...change, updatedAt: now };
    return run(deps, moved, { kind: 'create', event: eventFromReview(moved) });
  }
  const known = eventFromReview(review);
  const sequence = review.sequence + 1;
  const next: Review =
    scope === 'series'
      ? { ...review, ...change, sequence, updatedAt: now }
      : { ...review, sequence, updatedAt: now };
  const patch =
    scope === 'series'
      ? { ...change, timeZone: review.timeZone, recurrence: review.recurrence, sequence }
      : { ...change, timeZone: review.timeZone, sequence };
  const op: OutboxOp = {
    kind: 'update',
    patch,
    scope,
    known,
    ...(occurrenceStart ? { occurrenceStart } : {}),
  };
  return run(deps, next, op);
}

/** Cancels the series (the review becomes 'cancelled') or one occurrence. */
export async function cancelReview(
  deps: CalendarServiceDeps,
  review: Review,
  scope: UpdateScope,
  occurrenceStart?: string,
): Promise<Review> {
  const now = deps.now().toISOString();
  const pendingCreate = await deps.outbox.find(review.id, 'create');
  if (pendingCreate && scope === 'series') {
    // Nothing reached the calendar yet: dropping the queued create is the whole cancellation.
    await deps.outbox.remove(pendingCreate.key);
    return { ...review, status: 'cancelled', updatedAt: now };
  }
  const sequence = review.sequence + 1;
  const next: Review = {
    ...review,
    sequence,
    updatedAt: now,
    ...(scope === 'series' ? { status: 'cancelled' as const } : {}),
  };
  const op: OutboxOp = {
    kind: 'cancel',
    scope,
    known: { ...eventFromReview(review), sequence: review.sequence },
    ...(occurrenceStart ? { occurrenceStart } : {}),
  };
  return run(deps, next, op);
}

/**
 * For the outbox alarm (and worker start-up): tries every pending operation once. `updated`
 * holds the reviews to save; `failed` the ones the calendar refused, with the reason.
 */
export async function retryPending(
  deps: CalendarServiceDeps,
): Promise<{ updated: Review[]; pending: Review[]; failed: { review: Review; message: string }[] }> {
  const report = await deps.outbox.drain((entry) => send(deps, entry));
  if (report.pending.length === 0 && report.failed.length === 0) await deps.retry?.clear();
  return {
    updated: report.sent.map((s) => s.result),
    pending: report.pending.map((e) => ({
      ...e.review,
      status: 'pending' as const,
      note: e.lastError ?? 'Waiting to reach the calendar.',
    })),
    failed: report.failed.map((e) => ({
      review: e.review,
      message: e.lastError ?? 'The calendar refused this change.',
    })),
  };
}
