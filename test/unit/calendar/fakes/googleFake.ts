/**
 * A local fake of the Google Calendar v3 endpoints Accord uses, for msw. It checks each
 * request against the documented shape (method, path, query, headers, body) and answers
 * the way Google does, so the contract tests fail when either side drifts.
 */
import { http, HttpResponse } from 'msw';
import type { calendar_v3 } from '@googleapis/calendar';

const API = 'https://www.googleapis.com/calendar/v3';
const BASE32HEX_ID = /^[0-9a-v]{5,1024}$/;

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  auth: string | null;
  body: unknown;
}

export class GoogleFake {
  events = new Map<string, calendar_v3.Schema$Event>();
  requests: Recorded[] = [];
  /** Contract violations found in requests; tests assert this stays empty. */
  violations: string[] = [];
  acceptToken = (token: string) => token.length > 0;

  private async record(request: Request): Promise<Recorded> {
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text();
    const rec: Recorded = {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: request.headers.get('authorization'),
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(rec);
    if (!/^Bearer \S+$/.test(rec.auth ?? ''))
      this.violations.push(`${rec.method} ${rec.path}: no bearer token`);
    if (text && request.headers.get('content-type') !== 'application/json')
      this.violations.push(`${rec.method} ${rec.path}: body is not application/json`);
    return rec;
  }

  private unauthorized(rec: Recorded) {
    if (this.acceptToken(rec.auth!.slice('Bearer '.length))) return null;
    return HttpResponse.json(
      {
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials.',
          status: 'UNAUTHENTICATED',
        },
      },
      { status: 401 },
    );
  }

  private checkEventBody(rec: Recorded, requireId: boolean) {
    const b = rec.body as calendar_v3.Schema$Event;
    const bad = (m: string) => this.violations.push(`${rec.method} ${rec.path}: ${m}`);
    if (requireId && !BASE32HEX_ID.test(b.id ?? '')) bad('id must be base32hex, 5-1024 chars');
    for (const k of ['start', 'end'] as const) {
      const t = b[k];
      if (t && (!t.dateTime || Number.isNaN(Date.parse(t.dateTime)) || !t.timeZone))
        bad(`${k} needs dateTime (RFC 3339) and timeZone`);
    }
    if (b.recurrence && !b.recurrence.every((r) => /^(RRULE|EXRULE|RDATE|EXDATE):/.test(r)))
      bad('recurrence lines');
    if (b.attendees && !b.attendees.every((a) => a.email && /@/.test(a.email))) bad('attendee without email');
    const cr = b.conferenceData?.createRequest;
    if (b.conferenceData && (!cr?.requestId || cr.conferenceSolutionKey?.type !== 'hangoutsMeet'))
      bad('conferenceData.createRequest');
    if (b.conferenceData && rec.query.conferenceDataVersion !== '1')
      bad('conferenceData needs conferenceDataVersion=1');
  }

  private stored(ev: calendar_v3.Schema$Event): calendar_v3.Schema$Event {
    const id = ev.id!;
    const meet = ev.conferenceData?.createRequest
      ? {
          hangoutLink: `https://meet.google.com/abc-${id.slice(0, 4)}-xyz`,
          conferenceData: {
            conferenceId: `abc-${id.slice(0, 4)}-xyz`,
            conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
            entryPoints: [
              { entryPointType: 'video', uri: `https://meet.google.com/abc-${id.slice(0, 4)}-xyz` },
            ],
            createRequest: { ...ev.conferenceData.createRequest, status: { statusCode: 'success' } },
          },
        }
      : {};
    return {
      kind: 'calendar#event',
      etag: '"3181161784712000"',
      status: 'confirmed',
      htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
      created: '2026-03-01T12:00:00.000Z',
      updated: '2026-03-01T12:00:00.000Z',
      organizer: { email: 'me@agency.com', self: true },
      ...ev,
      ...meet,
      attendees: ev.attendees?.map((a) => ({ ...a, responseStatus: 'needsAction' })),
    };
  }

  handlers() {
    return [
      http.post(`${API}/freeBusy`, async ({ request }) => {
        const rec = await this.record(request);
        const denied = this.unauthorized(rec);
        if (denied) return denied;
        const b = rec.body as calendar_v3.Schema$FreeBusyRequest;
        if (!b.timeMin || !b.timeMax || !b.items?.length)
          this.violations.push('freeBusy: timeMin, timeMax, items required');
        if (Number.isNaN(Date.parse(b.timeMin ?? '')) || !/[Z+-]\d{0,2}:?\d{0,2}$/.test(b.timeMin ?? ''))
          this.violations.push('freeBusy: timeMin must be RFC 3339 with offset');
        return HttpResponse.json({
          kind: 'calendar#freeBusy',
          timeMin: b.timeMin,
          timeMax: b.timeMax,
          calendars: {
            primary: {
              busy: [
                { start: '2026-03-02T14:00:00Z', end: '2026-03-02T15:00:00Z' },
                { start: '2026-03-03T05:00:00Z', end: '2026-03-04T05:00:00Z' },
              ],
            },
          },
        });
      }),
      http.post(`${API}/calendars/:cal/events`, async ({ request, params }) => {
        const rec = await this.record(request);
        const denied = this.unauthorized(rec);
        if (denied) return denied;
        if (params.cal !== 'primary') this.violations.push('events.insert: calendar must be primary');
        if (rec.query.sendUpdates !== 'all') this.violations.push('events.insert: sendUpdates=all');
        this.checkEventBody(rec, true);
        const body = rec.body as calendar_v3.Schema$Event;
        if (this.events.has(body.id!)) {
          return HttpResponse.json(
            {
              error: {
                errors: [
                  {
                    domain: 'global',
                    reason: 'duplicate',
                    message: 'The requested identifier already exists.',
                  },
                ],
                code: 409,
                message: 'The requested identifier already exists.',
              },
            },
            { status: 409 },
          );
        }
        const ev = this.stored(body);
        this.events.set(body.id!, ev);
        return HttpResponse.json(ev);
      }),
      http.get(`${API}/calendars/:cal/events/:id/instances`, async ({ request, params }) => {
        const rec = await this.record(request);
        const ev = this.events.get(String(params.id));
        if (!ev) return HttpResponse.json({ error: { code: 404, message: 'Not Found' } }, { status: 404 });
        const original = rec.query.originalStart;
        if (!original || Number.isNaN(Date.parse(original)))
          this.violations.push('instances: originalStart RFC 3339');
        const stamp = new Date(original!)
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '');
        const instanceId = `${ev.id}_${stamp}`;
        return HttpResponse.json({
          kind: 'calendar#events',
          items: [
            { ...ev, id: instanceId, recurringEventId: ev.id, originalStartTime: { dateTime: original } },
          ],
        });
      }),
      http.get(`${API}/calendars/:cal/events/:id`, async ({ request, params }) => {
        await this.record(request);
        const ev = this.events.get(String(params.id));
        return ev
          ? HttpResponse.json(ev)
          : HttpResponse.json({ error: { code: 404, message: 'Not Found' } }, { status: 404 });
      }),
      http.patch(`${API}/calendars/:cal/events/:id`, async ({ request, params }) => {
        const rec = await this.record(request);
        const denied = this.unauthorized(rec);
        if (denied) return denied;
        this.checkEventBody(rec, false);
        if (rec.query.sendUpdates !== 'all') this.violations.push('events.patch: sendUpdates=all');
        const id = String(params.id);
        const [seriesId] = id.split('_');
        const base = this.events.get(id) ?? this.events.get(seriesId!);
        if (!base) return HttpResponse.json({ error: { code: 404, message: 'Not Found' } }, { status: 404 });
        const next = { ...base, ...(rec.body as object), id };
        this.events.set(id, next);
        return HttpResponse.json(next);
      }),
      http.delete(`${API}/calendars/:cal/events/:id`, async ({ request, params }) => {
        const rec = await this.record(request);
        if (rec.query.sendUpdates !== 'all') this.violations.push('events.delete: sendUpdates=all');
        const ev = this.events.get(String(params.id));
        if (ev?.status === 'cancelled')
          return HttpResponse.json(
            { error: { code: 410, message: 'Resource has been deleted' } },
            { status: 410 },
          );
        if (ev) ev.status = 'cancelled';
        else this.events.set(String(params.id), { id: String(params.id), status: 'cancelled' });
        return new HttpResponse(null, { status: 204 });
      }),
    ];
  }
}
