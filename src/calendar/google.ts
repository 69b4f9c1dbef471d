/**
 * Google Calendar API v3 over fetch. Types come from googleapis (`import type` only: the
 * googleapis runtime is large and Node-only, and none of it may reach the extension bundle).
 */
import type { calendar_v3 } from '@googleapis/calendar';
import { DateTime } from 'luxon';
import { toRRule } from './cadence';
import { ProviderError } from '../http/errors';
import {
  defaultPolicy,
  fetchJson,
  kindOf,
  withFaultPolicy,
  type FaultPolicy,
  type TokenSource,
} from '../http/faultPolicy';
import type { CalendarProvider } from './provider';
import type { BookedEvent, BusyBlock, ReviewEvent, ReviewEventPatch } from './types';

type GEvent = calendar_v3.Schema$Event;

export const GOOGLE_API = 'https://www.googleapis.com/calendar/v3';

export interface GoogleDeps {
  tokens: TokenSource;
  fetch?: typeof fetch;
  policy?: Partial<FaultPolicy>;
  calendarId?: string;
}

/** Google answers quota trouble with 403 and these reasons; they are throttling, not refusals. */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

export function googleClassify(err: { status: number; body: string }) {
  if (err.status !== 403) return null;
  try {
    const parsed = JSON.parse(err.body) as { error?: { errors?: { reason?: string }[] } };
    const reasons = parsed.error?.errors?.map((e) => e.reason) ?? [];
    return reasons.some((r) => r && RATE_LIMIT_REASONS.has(r)) ? ('throttled' as const) : null;
  } catch {
    return null;
  }
}

function when(iso: string, timeZone: string): calendar_v3.Schema$EventDateTime {
  return { dateTime: iso, timeZone };
}

/** The request body for a patch: only the fields that change. */
export function toGooglePatch(p: ReviewEventPatch, zone: string, withRecurrence: boolean): GEvent {
  const body: GEvent = {};
  if (p.title !== undefined) body.summary = p.title;
  if (p.description !== undefined) body.description = p.description;
  if (p.start !== undefined) body.start = when(p.start, p.timeZone ?? zone);
  if (p.end !== undefined) body.end = when(p.end, p.timeZone ?? zone);
  if (p.attendees !== undefined)
    body.attendees = p.attendees.map((a) => ({ email: a.email, displayName: a.name }));
  if (withRecurrence && p.recurrence !== undefined && p.start !== undefined)
    body.recurrence = p.recurrence ? [`RRULE:${toRRule(p.recurrence, p.start, p.timeZone ?? zone)}`] : [];
  return body;
}

export function toGoogleEvent(e: ReviewEvent): GEvent {
  const body: GEvent = { id: e.id, ...toGooglePatch(e, e.timeZone, true) };
  if (!e.recurrence) delete body.recurrence;
  if (e.wantsVideo) {
    // The requestId makes conference creation idempotent too; the event id is stable across retries.
    body.conferenceData = {
      createRequest: { requestId: e.id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
    };
  }
  return body;
}

function toBooked(ev: GEvent): BookedEvent {
  const video = ev.conferenceData?.entryPoints?.find((p) => p.entryPointType === 'video')?.uri;
  const joinUrl = video ?? ev.hangoutLink ?? undefined;
  return {
    provider: 'google',
    eventId: ev.id ?? '',
    htmlLink: ev.htmlLink ?? null,
    ...(joinUrl ? { joinUrl } : {}),
  };
}

export function createGoogleProvider(deps: GoogleDeps): CalendarProvider {
  const fetchImpl = deps.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const policy: FaultPolicy = {
    ...defaultPolicy('Google Calendar'),
    classify: googleClassify,
    ...deps.policy,
  };
  const cal = `${GOOGLE_API}/calendars/${encodeURIComponent(deps.calendarId ?? 'primary')}`;
  const call = <T>(method: string, url: string, body?: unknown) =>
    withFaultPolicy(
      (token, signal) => fetchJson<T>(fetchImpl, method, url, token, signal, body),
      deps.tokens,
      policy,
    );
  const eventUrl = (id: string, query = '') => `${cal}/events/${encodeURIComponent(id)}${query}`;

  /** The instance of a recurring event that originally started at `originalStart`. */
  async function instanceId(id: string, originalStart: string | undefined): Promise<string> {
    if (!originalStart) throw new RangeError('An occurrence change needs the occurrence’s original start');
    const q = new URLSearchParams({
      originalStart: DateTime.fromISO(originalStart, { setZone: true }).toISO()!,
    });
    const res = await call<calendar_v3.Schema$Events>('GET', `${eventUrl(id, '/instances')}?${q}`);
    const found = res?.items?.[0]?.id;
    if (!found)
      throw new ProviderError('notFound', 404, 'Google Calendar has no occurrence at that time.', false);
    return found;
  }

  return {
    async freeBusy(window, timeZone): Promise<BusyBlock[]> {
      const iso = (v: string) => DateTime.fromISO(v, { zone: timeZone }).toISO()!;
      const calendarId = deps.calendarId ?? 'primary';
      const body: calendar_v3.Schema$FreeBusyRequest = {
        timeMin: iso(window.start),
        timeMax: iso(window.end),
        timeZone,
        items: [{ id: calendarId }],
      };
      const res = await call<calendar_v3.Schema$FreeBusyResponse>('POST', `${GOOGLE_API}/freeBusy`, body);
      const entry = res?.calendars?.[calendarId];
      const reason = entry?.errors?.[0]?.reason;
      if (reason)
        throw new ProviderError(
          'rejected',
          200,
          `Google Calendar could not read your availability (${reason}).`,
          false,
        );
      return (entry?.busy ?? []).flatMap((b) => (b.start && b.end ? [{ start: b.start, end: b.end }] : []));
    },

    async create(event) {
      const q = '?conferenceDataVersion=1&sendUpdates=all';
      try {
        const created = await call<GEvent>('POST', `${cal}/events${q}`, toGoogleEvent(event));
        return toBooked(created ?? {});
      } catch (err) {
        // 409: an earlier attempt already created this id (its answer was lost). Return that event.
        if (!(err instanceof ProviderError) || err.status !== 409) throw err;
        const existing = await call<GEvent>('GET', eventUrl(event.id));
        if (!existing || existing.status === 'cancelled') {
          throw new ProviderError(
            'rejected',
            409,
            'This booking was already made and then deleted in Google Calendar.',
            false,
          );
        }
        return toBooked(existing);
      }
    },

    async update(id, patch, scope, occurrenceStart, known) {
      const zone = patch.timeZone ?? known?.timeZone ?? 'UTC';
      const target = scope === 'occurrence' ? await instanceId(id, occurrenceStart) : id;
      const body = toGooglePatch(patch, zone, scope === 'series');
      const updated = await call<GEvent>(
        'PATCH',
        eventUrl(target, '?conferenceDataVersion=1&sendUpdates=all'),
        body,
      );
      return toBooked(updated ?? {});
    },

    async cancel(id, scope, occurrenceStart) {
      const target = scope === 'occurrence' ? await instanceId(id, occurrenceStart) : id;
      try {
        await call<null>('DELETE', eventUrl(target, '?sendUpdates=all'));
      } catch (err) {
        // 410 on delete: it is already deleted, which is what the user asked for.
        if (!(err instanceof ProviderError) || kindOf(err.status) !== 'gone') throw err;
      }
      return {};
    },
  };
}
