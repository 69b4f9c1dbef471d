/**
 * The worker's handlers for review meetings. The calendar work is the facade in
 * src/calendar/service.ts; this file reads the ledger (client, items, last review) to write
 * the agenda, saves what the calendar answered, and announces every write so sidebars refresh.
 */
import { DateTime } from 'luxon';
import type { Client } from '../core';
import { buildAgenda } from '../calendar/agenda';
import { milestoneDates } from '../calendar/cadence';
import {
  bookReview,
  cancelReview,
  proposeSlots,
  rescheduleReview,
  retryPending,
  type CalendarServiceDeps,
} from '../calendar/service';
import type { Review } from '../calendar/types';
import {
  ensureClient,
  getReview,
  itemsForClient,
  readSettings,
  reviewsForClient,
  saveReviews,
  writeSettings,
  type LedgerDb,
} from '../ledger';
import type { Handlers } from '../messaging/router';
import type { CalendarStatus, RequestPayload } from '../messaging/protocol';
import { announceLedgerChange } from './changes';
import { createBrowserCalendarEnv, type CalendarEnv } from './calendarEnv';
import { ledger } from './ledgerConnection';
import { nextOccurrence } from './nextOccurrence';
import { lastReviewBefore, withOutboxState } from './reviewViews';
import { workingHoursFrom } from './workingHours';

type ReviewRequest =
  | 'review.proposeSlots'
  | 'review.book'
  | 'review.reschedule'
  | 'review.cancel'
  | 'reviews.forClient'
  | 'calendar.status'
  | 'calendar.connect'
  | 'calendar.disconnect';

export type ReviewHandlers = Pick<Handlers, ReviewRequest>;

/** Reviews are written only by these handlers (saveReviews of the service's Review values). */
async function storedReviews(db: LedgerDb, clientId: string): Promise<Review[]> {
  return (await reviewsForClient(db, clientId)) as unknown as Review[];
}

let browserEnv: CalendarEnv | null = null;
/** The worker's one calendar environment, made on first use. */
export function sharedCalendarEnv(): CalendarEnv {
  return (browserEnv ??= createBrowserCalendarEnv());
}

export interface ReviewHandlerOptions {
  /** Built lazily: it touches browser APIs that tests replace. */
  env: () => CalendarEnv;
  now?: () => Date;
  open?: () => Promise<LedgerDb>;
}

/** The sentence a provider wrote for the user, rather than the developer's detail. */
export function userMessageOf(err: unknown): string {
  if (err && typeof err === 'object' && 'userMessage' in err && typeof err.userMessage === 'string')
    return err.userMessage;
  return err instanceof Error ? err.message : String(err);
}

async function withUserMessages<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw new Error(userMessageOf(err), { cause: err });
  }
}

export function createReviewHandlers(options: ReviewHandlerOptions): ReviewHandlers {
  const now = options.now ?? (() => new Date());
  const open = options.open ?? ledger;

  async function clientFor(db: LedgerDb, target: RequestPayload<'review.book'>['client']): Promise<Client> {
    if ('clientId' in target) {
      const found = await db.get('clients', target.clientId);
      if (!found) throw new Error('That client is no longer in the ledger.');
      return found;
    }
    return ensureClient(db, target.clientKey, target.clientName, now());
  }

  /** The review as stored, or (for a booking cut short by a stopped worker) as the outbox holds it. */
  async function findReview(db: LedgerDb, deps: CalendarServiceDeps, id: string): Promise<Review> {
    const stored = (await getReview(db, id)) as Review | undefined;
    if (stored) return stored;
    const queued = (await deps.outbox.list()).find((e) => e.reviewId === id);
    if (queued) return queued.review;
    throw new Error('That review is no longer in the ledger.');
  }

  async function status(db: LedgerDb): Promise<CalendarStatus> {
    const settings = await readSettings(db);
    const accounts = await options.env().accounts.status(settings);
    return {
      defaultProvider: settings.defaultProvider,
      timeZone: workingHoursFrom(settings).timeZone,
      ...accounts,
    };
  }

  return {
    async 'review.proposeSlots'(req) {
      const db = await open();
      const settings = await readSettings(db);
      const hours = workingHoursFrom(settings);
      const provider = req.provider ?? settings.defaultProvider;
      const deps = options.env().deps(settings, true);
      const found = await withUserMessages(() =>
        proposeSlots(deps, {
          provider,
          hours,
          lengthMinutes: req.lengthMinutes,
          ...(req.window ? { window: req.window } : {}),
          ...(req.count ? { count: req.count } : {}),
          clientTimeZone: req.clientTimeZone ?? null,
        }),
      );
      return { provider, timeZone: hours.timeZone, ...found };
    },

    async 'review.book'(req) {
      const db = await open();
      const settings = await readSettings(db);
      const hours = workingHoursFrom(settings);
      const client = await clientFor(db, req.client);
      const items = await itemsForClient(db, client.id);
      const past = await storedReviews(db, client.id);
      const today = DateTime.fromJSDate(now(), { zone: hours.timeZone }).toISODate()!;
      if (
        (req.cadence.kind === 'beforeDate' || req.cadence.kind === 'beforeEachDue') &&
        milestoneDates(req.cadence, items, today).length === 0
      ) {
        throw new Error(
          req.cadence.kind === 'beforeDate'
            ? 'That date is already past: pick a later date or a shorter lead time.'
            : 'This client has no open items with a due date ahead, so there is nothing to book before.',
        );
      }
      // The same booking again (the user retries after a stopped worker or a lost answer):
      // what the ledger already holds for it is the answer; nothing is booked twice.
      if (req.requestId) {
        const again = past.filter((r) => r.id.startsWith(req.requestId!));
        if (again.length > 0) return { client, reviews: again };
      }
      const agenda = buildAgenda({ client, items, lastReviewAt: lastReviewBefore(past, now()), today });
      const provider = req.provider ?? settings.defaultProvider;
      const reviews = await withUserMessages(() =>
        bookReview(options.env().deps(settings, true), {
          clientId: client.id,
          provider,
          title: req.title ?? `Review with ${client.name}`,
          start: req.start,
          end: req.end,
          timeZone: hours.timeZone,
          attendees: req.attendees,
          agenda,
          cadence: req.cadence,
          wantsVideo: req.wantsVideo ?? provider !== 'ics',
          items,
          ...(req.requestId ? { requestId: req.requestId } : {}),
        }),
      );
      await saveReviews(db, reviews);
      await announceLedgerChange();
      return { client, reviews };
    },

    async 'review.reschedule'({ id, start, end, scope, occurrenceStart }) {
      const db = await open();
      const deps = options.env().deps(await readSettings(db), true);
      const review = await findReview(db, deps, id);
      const moved = await withUserMessages(() =>
        rescheduleReview(deps, review, { start, end }, scope, occurrenceStart),
      );
      await saveReviews(db, [moved]);
      await announceLedgerChange();
      return moved;
    },

    async 'review.cancel'({ id, scope, occurrenceStart }) {
      const db = await open();
      const deps = options.env().deps(await readSettings(db), true);
      const review = await findReview(db, deps, id);
      const cancelled = await withUserMessages(() => cancelReview(deps, review, scope, occurrenceStart));
      await saveReviews(db, [cancelled]);
      await announceLedgerChange();
      return cancelled;
    },

    async 'reviews.forClient'({ clientId }) {
      const db = await open();
      const stored = await storedReviews(db, clientId);
      const outbox = await options
        .env()
        .deps(await readSettings(db), false)
        .outbox.list();
      const at = now();
      return withOutboxState(stored, outbox, clientId).map((r) => ({
        ...r,
        nextStart: nextOccurrence(r, at),
      }));
    },

    async 'calendar.status'() {
      return status(await open());
    },

    async 'calendar.connect'({ provider }) {
      const db = await open();
      const settings = await readSettings(db);
      await withUserMessages(() => options.env().accounts.connect(provider, settings));
      await writeSettings(db, { defaultProvider: provider });
      await announceLedgerChange();
      return status(db);
    },

    async 'calendar.disconnect'({ provider }) {
      const db = await open();
      await options.env().accounts.disconnect(provider);
      if ((await readSettings(db)).defaultProvider === provider)
        await writeSettings(db, { defaultProvider: 'ics' });
      await announceLedgerChange();
      return status(db);
    },
  };
}

/**
 * Finishes what the outbox holds (alarm, worker start-up): no window may open, so a booking
 * that needs a sign-in stays pending. Saves what got through and tells the sidebars.
 */
export async function retryOutbox(env: CalendarEnv, open: () => Promise<LedgerDb> = ledger): Promise<void> {
  // Checked before opening the ledger: most worker starts have nothing to send, and they
  // should not touch IndexedDB for it.
  if ((await env.outbox.list()).length === 0) return;
  const db = await open();
  const result = await retryPending(env.deps(await readSettings(db), false));
  await saveReviews(db, result.updated);
  if (result.updated.length > 0 || result.failed.length > 0) await announceLedgerChange();
}
