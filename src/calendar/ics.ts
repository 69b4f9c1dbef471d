/**
 * The ICS path: no sign-in, the user gets a file any calendar imports. Built with the `ics`
 * library; times are then rewritten from UTC to DTSTART;TZID=<zone> with a VTIMEZONE
 * (vtimezone.ts) so a recurring review keeps its local time across DST changes.
 */
import { createEvents, type EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import { toRRule } from './cadence';
import type { CalendarProvider } from './provider';
import type {
  Attendee,
  BookedEvent,
  CancelResult,
  ReviewEvent,
  ReviewEventPatch,
  UpdateScope,
} from './types';
import { vtimezone } from './vtimezone';
import { icsParam, icsParamValue, icsTextValue } from './icsEncoding';

export interface IcsOptions {
  method: 'REQUEST' | 'CANCEL';
  /** The user, as organizer; iTIP requests name one. */
  organizer?: Attendee;
  /** For one occurrence of a series: its original start (ISO). */
  recurrenceId?: string;
}

const PRODUCT = '-//Accord//Review meetings//EN';

function utcStamp(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
}

function localStamp(utc: string, zone: string): string {
  const dt = DateTime.fromFormat(utc, "yyyyLLdd'T'HHmmss'Z'", { zone: 'UTC' }).setZone(zone);
  return dt.toFormat("yyyyLLdd'T'HHmmss");
}

/**
 * Builds the calendar file for one event. Throws when the `ics` library rejects the input.
 * Every word that came from mail (names, title, agenda) is encoded by icsEncoding.ts first:
 * the library's own quoting of parameter values can be escaped from.
 */
export function buildIcs(event: ReviewEvent, opts: IcsOptions): string {
  const attrs: EventAttributes = {
    uid: event.id,
    title: icsTextValue(event.title),
    description: icsTextValue(event.description),
    start: utcStamp(event.start),
    end: utcStamp(event.end),
    attendees: event.attendees.map((a) => ({
      name: icsParamValue(a.name),
      email: a.email,
      rsvp: true,
      partstat: 'NEEDS-ACTION',
      role: 'REQ-PARTICIPANT',
    })),
    sequence: event.sequence ?? 0,
    status: opts.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
  };
  if (opts.organizer)
    attrs.organizer = { name: icsParamValue(opts.organizer.name), email: opts.organizer.email };
  if (event.recurrence && !opts.recurrenceId)
    attrs.recurrenceRule = toRRule(event.recurrence, event.start, event.timeZone);
  // `recurrenceId` is supported by the library's formatter but missing from its types.
  if (opts.recurrenceId) (attrs as Record<string, unknown>).recurrenceId = utcStamp(opts.recurrenceId);
  const { error, value } = createEvents([attrs], { productId: PRODUCT, method: opts.method });
  if (error || !value) throw error ?? new Error('ics produced no output');
  // The zone block starts a year early so its first observance precedes the event.
  return withZone(value, event.timeZone, DateTime.fromISO(event.start, { zone: event.timeZone }).year - 1);
}

/** Rewrites UTC DTSTART/DTEND/RECURRENCE-ID to local times with TZID and adds the VTIMEZONE. */
function withZone(text: string, zone: string, year: number): string {
  const rewritten = text.replace(
    /^(DTSTART|DTEND|RECURRENCE-ID):(\d{8}T\d{6}Z)\r$/gm,
    (_m, name: string, utc: string) => `${name};TZID=${icsParam(zone)}:${localStamp(utc, zone)}\r`,
  );
  return rewritten.replace('BEGIN:VEVENT\r\n', `${vtimezone(zone, year)}\r\nBEGIN:VEVENT\r\n`);
}

function merge(known: ReviewEvent | undefined, patch: ReviewEventPatch, id: string): ReviewEvent {
  if (!known) throw new Error(`ICS needs the booked event to update or cancel "${id}"`);
  return { ...known, ...patch, id, sequence: (known.sequence ?? 0) + 1 };
}

/** A provider that writes files: it sees no calendar, so it reports no busy time. */
export function createIcsProvider(opts: { organizer?: Attendee } = {}): CalendarProvider {
  const base = opts.organizer ? { organizer: opts.organizer } : {};
  const booked = (event: ReviewEvent, icsText: string): BookedEvent => ({
    provider: 'ics',
    eventId: event.id,
    htmlLink: null,
    icsText,
  });
  return {
    async freeBusy() {
      return [];
    },
    async create(event) {
      return booked(event, buildIcs(event, { ...base, method: 'REQUEST' }));
    },
    async update(id, patch, scope: UpdateScope, occurrenceStart, known) {
      const event = merge(known, patch, id);
      const recurrenceId = scope === 'occurrence' ? occurrenceStart : undefined;
      if (scope === 'occurrence' && !recurrenceId)
        throw new Error('An occurrence update needs its original start');
      return booked(
        event,
        buildIcs(event, { ...base, method: 'REQUEST', ...(recurrenceId ? { recurrenceId } : {}) }),
      );
    },
    async cancel(id, scope, occurrenceStart, known): Promise<CancelResult> {
      const event = merge(known, {}, id);
      const recurrenceId = scope === 'occurrence' ? occurrenceStart : undefined;
      if (scope === 'occurrence' && !recurrenceId)
        throw new Error('An occurrence cancellation needs its original start');
      return {
        icsText: buildIcs(event, { ...base, method: 'CANCEL', ...(recurrenceId ? { recurrenceId } : {}) }),
      };
    },
  };
}
