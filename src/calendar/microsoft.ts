/**
 * Microsoft Graph (Outlook / Microsoft 365 calendars) through @microsoft/microsoft-graph-client.
 * The client runs with only an AuthenticationHandler and the HTTP handler: its own RetryHandler
 * is left out so that retries follow the one shared policy in http.ts.
 */
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  GraphError,
  HTTPMessageHandler,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
import { DateTime } from 'luxon';
import { HttpStatusError, OfflineError, ProviderError } from './errors';
import { defaultPolicy, withFaultPolicy, type FaultPolicy, type TokenSource } from './http';
import { toGraphRecurrence, type PatternedRecurrence } from './graphRecurrence';
import type { CalendarProvider } from './provider';
import type { BookedEvent, BusyBlock, ReviewEvent, ReviewEventPatch } from './types';

export const GRAPH_API = 'https://graph.microsoft.com/v1.0';

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

interface GraphList<T> {
  value?: T[];
  '@odata.nextLink'?: string;
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

/** Graph client errors → what the shared policy understands. */
function translate(err: unknown): unknown {
  if (!(err instanceof GraphError)) return err;
  if (err.statusCode === -1 || err.statusCode === undefined) {
    if (err.code === 'AbortError') return Object.assign(new Error('aborted'), { name: 'AbortError' });
    return new OfflineError('Outlook could not be reached', { cause: err });
  }
  const headers = err.headers as Headers | undefined;
  return new HttpStatusError(
    err.statusCode,
    headers?.get('Retry-After') ?? null,
    String(err.body ?? err.message),
  );
}

export function createMicrosoftProvider(deps: MicrosoftDeps): CalendarProvider {
  const policy: FaultPolicy = { ...defaultPolicy('Outlook'), ...deps.policy };
  const fallback: AuthenticationProvider = { getAccessToken: () => deps.tokens.getToken() };
  const client = Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(fallback), new HTTPMessageHandler()],
    defaultVersion: 'v1.0',
  });

  /** One Graph call under the fault policy; the token of this attempt is pinned per request. */
  function call<T>(
    path: string,
    send: (req: ReturnType<Client['api']>) => Promise<T>,
    headers: Record<string, string> = {},
  ): Promise<T> {
    return withFaultPolicy(
      async (token, signal) => {
        const pinned: AuthenticationProvider = { getAccessToken: async () => token };
        const req = client
          .api(path)
          .headers(headers)
          .option('signal', signal)
          .middlewareOptions([new AuthenticationHandlerOptions(pinned)]);
        try {
          return await send(req);
        } catch (err) {
          throw translate(err);
        }
      },
      deps.tokens,
      policy,
    );
  }

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
