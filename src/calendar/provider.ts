/**
 * The one seam between Accord and a calendar. Google, Microsoft Graph and the ICS file
 * generator implement it; the service (service.ts) only ever talks to this interface.
 */
import type {
  BookedEvent,
  BusyBlock,
  CancelResult,
  ReviewEvent,
  ReviewEventPatch,
  UpdateScope,
} from './types';

export type {
  BookedEvent,
  BusyBlock,
  CancelResult,
  ReviewEvent,
  ReviewEventPatch,
  UpdateScope,
} from './types';

export interface CalendarProvider {
  /** Busy blocks of the user's own calendar in the window (ISO instants). ICS knows none: []. */
  freeBusy(window: { start: string; end: string }, timeZone: string): Promise<BusyBlock[]>;
  /** Books the event. Must be idempotent on `event.id`: a retry returns the same event. */
  create(event: ReviewEvent): Promise<BookedEvent>;
  /**
   * Changes the whole series, or the one occurrence that originally started at `occurrenceStart`.
   * `known` is the event as Accord last booked it: providers without a server copy (ICS) rebuild from it.
   */
  update(
    eventId: string,
    patch: ReviewEventPatch,
    scope: UpdateScope,
    occurrenceStart?: string,
    known?: ReviewEvent,
  ): Promise<BookedEvent>;
  /** Cancels the series or one occurrence; attendees are notified where the provider can. */
  cancel(
    eventId: string,
    scope: UpdateScope,
    occurrenceStart?: string,
    known?: ReviewEvent,
  ): Promise<CancelResult>;
}
