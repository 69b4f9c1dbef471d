/**
 * Plain types shared by the calendar layer, the worker and the ledger. They travel in
 * messages, so they hold only JSON values (ISO strings, no Date objects).
 */

export type ProviderId = 'google' | 'microsoft' | 'ics';

export interface Attendee {
  name: string;
  email: string;
}

/** A busy interval from the user's calendar. Instants carry an offset; all-day blocks may be dates. */
export interface BusyBlock {
  /** ISO instant with offset, or `YYYY-MM-DD` for an all-day block (in the working-hours zone). */
  start: string;
  /** Exclusive end; same forms as `start`. */
  end: string;
}

/** Cadences that map to a recurrence rule on one event. */
export type RepeatingCadence = 'weekly' | 'biweekly' | 'monthly' | 'quarterly';

/** How a booked event repeats. Providers translate this (RRULE for Google/ICS, patternedRecurrence for Graph). */
export interface EventRecurrence {
  cadence: RepeatingCadence;
  /** Number of occurrences; omit for no end (with `until`, `until` wins). */
  count?: number;
  /** Last day (inclusive), `YYYY-MM-DD` in the event's zone. */
  until?: string;
}

/** What Accord asks a provider to book. */
export interface ReviewEvent {
  /**
   * Chosen by Accord before the first attempt and reused on every retry: Google uses it as the
   * event id and Graph as `transactionId`, so a retried create never makes a second event.
   * base32hex (0-9, a-v), 5-1024 characters, as Google requires.
   */
  id: string;
  title: string;
  /** ISO with offset, e.g. `2026-03-03T09:00:00.000-05:00`. */
  start: string;
  end: string;
  /** IANA zone the event lives in (recurrences keep their wall-clock time across DST in it). */
  timeZone: string;
  attendees: Attendee[];
  /** The agenda, plain text. */
  description: string;
  recurrence: EventRecurrence | null;
  wantsVideo: boolean;
  /** iCalendar SEQUENCE for ICS updates/cancellations; providers with a server copy ignore it. */
  sequence?: number;
}

/** Fields a reschedule can change. */
export type ReviewEventPatch = Partial<Omit<ReviewEvent, 'id'>>;

export type UpdateScope = 'series' | 'occurrence';

export interface BookedEvent {
  provider: ProviderId;
  /** The provider's event id (Google: our id; Graph: the server's id; ICS: our id = UID). */
  eventId: string;
  /** A link that opens the event in the provider's web calendar; null for ICS. */
  htmlLink: string | null;
  joinUrl?: string;
  /** For ICS: the file to hand to the user. */
  icsText?: string;
}

export interface CancelResult {
  /** For ICS: a METHOD:CANCEL file to send to the attendees. */
  icsText?: string;
}

export type ReviewStatus = 'booked' | 'pending' | 'cancelled';

/** A review as the ledger stores it (the lead's store saves these records). */
export interface Review {
  /** Accord's id, also the client-chosen event id. */
  id: string;
  clientId: string;
  provider: ProviderId;
  /** The provider's event id once booked; null while pending. */
  eventId: string | null;
  htmlLink: string | null;
  joinUrl: string | null;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  recurrence: EventRecurrence | null;
  attendees: Attendee[];
  agenda: string;
  status: ReviewStatus;
  /** Why it is pending or what last failed, in words for the user. */
  note?: string;
  /** For ICS: the latest file (create, update or cancel) to offer for download. */
  icsText?: string;
  sequence: number;
  wantsVideo: boolean;
  createdAt: string;
  updatedAt: string;
}
