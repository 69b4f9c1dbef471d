/**
 * Microsoft Graph (Outlook / Microsoft 365 calendars), through the Graph layer shared with
 * mail reading (src/graph/graphClient.ts) and its one fault policy (src/http/faultPolicy.ts).
 */
import { DateTime } from 'luxon';
import { ProviderError } from '../http/errors';
import { defaultPolicy, type FaultPolicy, type TokenSource } from '../http/faultPolicy';
import { createGraphCall, type GraphList } from '../graph/graphClient';
import { toGraphRecurrence, type PatternedRecurrence } from './graphRecurrence';
import type { CalendarProvider } from './provider';
import type { BookedEvent, BusyBlock, ReviewEvent, ReviewEventPatch } from './types';

export interface MicrosoftDeps {
  tokens: TokenSource;
  policy?: Partial<FaultPolicy>;
}

interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

interface GraphEvent {
  id?: string;
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
  start?: GraphDateTime;
  end?: GraphDateTime;
  originalStart?: string;
  showAs?: string;
  isCancelled?: boolean;
}

/** Graph wants local wall time without offset plus the zone name. */
function graphTime(iso: string, zone: string): GraphDateTime {
  return { dateTime: DateTime.fromISO(iso, { zone }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: zone };
}

export function toGraphPatch(
  p: ReviewEventPatch,
  zone: string,
  withRecurrence: boolean,
): Record<string, unknown> {
  const z = p.timeZone ?? zone;
  const body: Record<string, unknown> = {};
  if (p.title !== undefined) body.subject = p.title;
  if (p.description !== undefined) body.body = { contentType: 'text', content: p.description };
  if (p.start !== undefined) body.start = graphTime(p.start, z);
  if (p.end !== undefined) body.end = graphTime(p.end, z);
  if (p.attendees !== undefined)
    body.attendees = p.attendees.map((a) => ({
      emailAddress: { address: a.email, name: a.name },
      type: 'required',
    }));
  if (withRecurrence && p.recurrence !== undefined && p.start !== undefined) {
    body.recurrence = p.recurrence
      ? (toGraphRecurrence(p.recurrence, p.start, z) satisfies PatternedRecurrence)
      : null;
  }
  return body;
}

export function toGraphEvent(e: ReviewEvent): Record<string, unknown> {
  const body = toGraphPatch(e, e.timeZone, true);
  if (!e.recurrence) delete body.recurrence;
  if (e.wantsVideo) {
    body.isOnlineMeeting = true;
    body.onlineMeetingProvider = 'teamsForBusiness';
  }
  // Graph drops a POST whose transactionId it has already seen: a retried create makes no second event.
  body.transactionId = e.id;
  return body;
}

function toBooked(ev: GraphEvent | undefined): BookedEvent {
  const joinUrl = ev?.onlineMeeting?.joinUrl;
  return {
    provider: 'microsoft',
    eventId: ev?.id ?? '',
    htmlLink: ev?.webLink ?? null,
    ...(joinUrl ? { joinUrl } : {}),
  };
}

export function createMicrosoftProvider(deps: MicrosoftDeps): CalendarProvider {
  const policy: FaultPolicy = { ...defaultPolicy('Outlook'), ...deps.policy };
  const call = createGraphCall(deps.tokens, policy);

  const eventPath = (id: string) => `/me/events/${encodeURIComponent(id)}`;

  async function instanceId(id: string, originalStart: string | undefined): Promise<string> {
    if (!originalStart) throw new RangeError('An occurrence change needs the occurrence’s original start');
    const at = DateTime.fromISO(originalStart, { setZone: true });
    const q = new URLSearchParams({
      startDateTime: at.minus({ minutes: 1 }).toUTC().toISO()!,
      endDateTime: at.plus({ days: 1 }).toUTC().toISO()!,
      $select: 'id,originalStart,start',
    });
    const list = await call<GraphList<GraphEvent>>(`${eventPath(id)}/instances?${q}`, (r) => r.get());
    const found = (list.value ?? []).find(
      (i) => i.originalStart && DateTime.fromISO(i.originalStart).toMillis() === at.toMillis(),
    );
    if (!found?.id)
      throw new ProviderError('notFound', 404, 'Outlook has no occurrence at that time.', false);
    return found.id;
  }

  return {
    async freeBusy(window, timeZone): Promise<BusyBlock[]> {
      const q = new URLSearchParams({
        startDateTime: DateTime.fromISO(window.start, { zone: timeZone }).toUTC().toISO()!,
        endDateTime: DateTime.fromISO(window.end, { zone: timeZone }).toUTC().toISO()!,
        $select: 'start,end,showAs,isCancelled',
        $top: '200',
      });
      const busy: BusyBlock[] = [];
      // calendarView needs only Calendars.Read(Write); getSchedule would need the user's address.
      let next: string | undefined = `/me/calendarView?${q}`;
      for (let page = 0; next && page < 20; page++) {
        const res: GraphList<GraphEvent> = await call(next, (r) => r.get(), {
          Prefer: 'outlook.timezone="UTC"',
        });
        for (const ev of res.value ?? []) {
          if (ev.isCancelled || ev.showAs === 'free' || ev.showAs === 'workingElsewhere') continue;
          if (!ev.start || !ev.end) continue;
          const utc = (t: GraphDateTime) =>
            DateTime.fromISO(t.dateTime, { zone: t.timeZone || 'UTC' })
              .toUTC()
              .toISO()!;
          busy.push({ start: utc(ev.start), end: utc(ev.end) });
        }
        next = res['@odata.nextLink'];
      }
      return busy;
    },

    async create(event) {
      const created = await call<GraphEvent>('/me/events', (r) => r.post(toGraphEvent(event)));
      return toBooked(created);
    },

    async update(id, patch, scope, occurrenceStart, known) {
      const zone = patch.timeZone ?? known?.timeZone ?? 'UTC';
      const target = scope === 'occurrence' ? await instanceId(id, occurrenceStart) : id;
      const body = toGraphPatch(patch, zone, scope === 'series');
      const updated = await call<GraphEvent>(eventPath(target), (r) => r.patch(body));
      return toBooked(updated);
    },

    async cancel(id, scope, occurrenceStart) {
      const target = scope === 'occurrence' ? await instanceId(id, occurrenceStart) : id;
      // /cancel (organizer only) sends the attendees a cancellation, unlike DELETE.
      await call(`${eventPath(target)}/cancel`, (r) => r.post({ comment: 'Cancelled from Accord.' }));
      return {};
    },
  };
}
