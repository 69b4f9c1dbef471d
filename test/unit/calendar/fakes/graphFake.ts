/**
 * A local fake of the Microsoft Graph calendar endpoints Accord uses, for msw. It checks
 * requests against the documented shapes and answers like Graph (error envelope, 201 on
 * create, 202 on cancel, transactionId de-duplication, paged calendarView).
 */
import { http, HttpResponse } from 'msw';
import { DateTime } from 'luxon';

const API = 'https://graph.microsoft.com/v1.0';
const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  auth: string | null;
  prefer: string | null;
  body: unknown;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const graphError = (status: number, code: string, message: string) =>
  HttpResponse.json(
    {
      error: {
        code,
        message,
        innerError: { 'request-id': 'a6b4c0d2-0000-4000-8000-000000000000', date: '2026-03-01T12:00:00' },
      },
    },
    { status },
  );

export class GraphFake {
  events = new Map<string, Json>();
  requests: Recorded[] = [];
  violations: string[] = [];
  acceptToken = (token: string) => token.length > 0;
  private seq = 0;

  private async record(request: Request): Promise<Recorded> {
    const url = new URL(request.url);
    const text = ['GET', 'DELETE'].includes(request.method) ? '' : await request.clone().text();
    const rec: Recorded = {
      method: request.method,
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      auth: request.headers.get('authorization'),
      prefer: request.headers.get('prefer'),
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(rec);
    if (!/^Bearer \S+$/.test(rec.auth ?? ''))
      this.violations.push(`${rec.method} ${rec.path}: no bearer token`);
    if (text && !(request.headers.get('content-type') ?? '').startsWith('application/json'))
      this.violations.push(`${rec.method} ${rec.path}: body is not JSON`);
    return rec;
  }

  private denied(rec: Recorded) {
    return this.acceptToken((rec.auth ?? '').slice(7))
      ? null
      : graphError(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
  }

  private checkEvent(rec: Recorded, create: boolean) {
    const b = rec.body as Json;
    const bad = (m: string) => this.violations.push(`${rec.method} ${rec.path}: ${m}`);
    for (const k of ['start', 'end']) {
      if (b[k] && (!LOCAL_DATETIME.test(b[k].dateTime) || !b[k].timeZone))
        bad(`${k} must be {dateTime (no offset), timeZone}`);
    }
    if (b.body && (b.body.contentType !== 'text' || typeof b.body.content !== 'string'))
      bad('body {contentType, content}');
    if (
      b.attendees &&
      !b.attendees.every(
        (a: Json) => a.emailAddress?.address && ['required', 'optional', 'resource'].includes(a.type),
      )
    )
      bad('attendees[].emailAddress.address and type');
    if (b.onlineMeetingProvider && b.onlineMeetingProvider !== 'teamsForBusiness')
      bad('onlineMeetingProvider');
    if (b.recurrence) {
      const { pattern, range } = b.recurrence;
      if (!['weekly', 'relativeMonthly', 'absoluteMonthly', 'daily'].includes(pattern?.type))
        bad('recurrence.pattern.type');
      if (!(pattern?.interval >= 1) || !pattern?.daysOfWeek?.length)
        bad('recurrence.pattern interval/daysOfWeek');
      if (pattern?.type === 'relativeMonthly' && !pattern.index) bad('relativeMonthly needs index');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(range?.startDate ?? '')) bad('recurrence.range.startDate');
      if (range?.type === 'numbered' && !(range.numberOfOccurrences > 0))
        bad('numbered range needs numberOfOccurrences');
    }
    if (create && (typeof b.subject !== 'string' || typeof b.transactionId !== 'string'))
      bad('create needs subject and transactionId');
    if (!create && 'transactionId' in b) bad('transactionId is create-only');
  }

  handlers() {
    return [
      http.get(`${API}/me/calendarView`, async ({ request }) => {
        const rec = await this.record(request);
        const denied = this.denied(rec);
        if (denied) return denied;
        if (!rec.query.startDateTime || !rec.query.endDateTime)
          this.violations.push('calendarView: startDateTime and endDateTime required');
        if (rec.query.page === '2') {
          return HttpResponse.json({
            value: [
              {
                id: 'e3',
                showAs: 'oof',
                isCancelled: false,
                start: { dateTime: '2026-03-04T00:00:00.0000000', timeZone: 'UTC' },
                end: { dateTime: '2026-03-05T00:00:00.0000000', timeZone: 'UTC' },
              },
            ],
          });
        }
        const next = new URL(request.url);
        next.searchParams.set('page', '2');
        return HttpResponse.json({
          '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/calendarView",
          value: [
            {
              id: 'e1',
              showAs: 'busy',
              isCancelled: false,
              start: { dateTime: '2026-03-02T14:00:00.0000000', timeZone: 'UTC' },
              end: { dateTime: '2026-03-02T15:00:00.0000000', timeZone: 'UTC' },
            },
            {
              id: 'e2',
              showAs: 'free',
              isCancelled: false,
              start: { dateTime: '2026-03-02T16:00:00.0000000', timeZone: 'UTC' },
              end: { dateTime: '2026-03-02T17:00:00.0000000', timeZone: 'UTC' },
            },
            {
              id: 'e4',
              showAs: 'busy',
              isCancelled: true,
              start: { dateTime: '2026-03-02T18:00:00.0000000', timeZone: 'UTC' },
              end: { dateTime: '2026-03-02T19:00:00.0000000', timeZone: 'UTC' },
            },
          ],
          '@odata.nextLink': next.toString(),
        });
      }),
      http.post(`${API}/me/events`, async ({ request }) => {
        const rec = await this.record(request);
        const denied = this.denied(rec);
        if (denied) return denied;
        this.checkEvent(rec, true);
        const b = rec.body as Json;
        const existing = [...this.events.values()].find((e) => e.transactionId === b.transactionId);
        if (existing) return HttpResponse.json(existing, { status: 201 });
        this.seq += 1;
        const id = `AAMkAGI2TG${this.seq}AAA=`;
        const ev = {
          '@odata.etag': 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw=="',
          id,
          ...b,
          iCalUId: `040000008200E00074C5B7101A82E0080000000${this.seq}`,
          webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
          onlineMeeting: b.isOnlineMeeting
            ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${this.seq}%40thread.v2/0` }
            : null,
          isCancelled: false,
        };
        this.events.set(id, ev);
        return HttpResponse.json(ev, { status: 201 });
      }),
      http.get(`${API}/me/events/:id/instances`, async ({ request, params }) => {
        const rec = await this.record(request);
        const ev = this.events.get(String(params.id));
        if (!ev)
          return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        if (!rec.query.startDateTime || !rec.query.endDateTime)
          this.violations.push('instances: startDateTime and endDateTime required');
        const zone = ev.start.timeZone as string;
        const first = DateTime.fromISO(ev.start.dateTime, { zone });
        const weeks = ev.recurrence?.pattern?.type === 'weekly' ? ev.recurrence.pattern.interval : 0;
        const from = Date.parse(rec.query.startDateTime!);
        const to = Date.parse(rec.query.endDateTime!);
        const value = [];
        for (let k = 0; weeks && k < 52; k++) {
          const at = first.plus({ weeks: k * weeks });
          if (at.toMillis() >= from && at.toMillis() < to)
            value.push({
              id: `${ev.id}_OCC${k}`,
              seriesMasterId: ev.id,
              type: 'occurrence',
              originalStart: at.toUTC().toISO(),
              start: { dateTime: at.toUTC().toISO({ includeOffset: false }), timeZone: 'UTC' },
            });
        }
        return HttpResponse.json({ value });
      }),
      http.patch(`${API}/me/events/:id`, async ({ request, params }) => {
        const rec = await this.record(request);
        const denied = this.denied(rec);
        if (denied) return denied;
        this.checkEvent(rec, false);
        const id = String(params.id);
        const base = this.events.get(id) ?? this.events.get(id.split('_OCC')[0]!);
        if (!base)
          return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        const next = { ...base, ...(rec.body as Json), id };
        this.events.set(id, next);
        return HttpResponse.json(next);
      }),
      http.post(`${API}/me/events/:id/cancel`, async ({ request, params }) => {
        const rec = await this.record(request);
        const id = String(params.id);
        const ev =
          this.events.get(id) ?? (id.includes('_OCC') ? this.events.get(id.split('_OCC')[0]!) : undefined);
        if (!ev)
          return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        if (typeof (rec.body as Json | undefined)?.comment !== 'string')
          this.violations.push('cancel: comment');
        if (!id.includes('_OCC')) ev.isCancelled = true;
        return new HttpResponse(null, { status: 202 });
      }),
    ];
  }
}
