/**
 * A fake of the Microsoft Graph calendar endpoints Accord uses, answered through Playwright
 * routes: calendarView (busy times), events (create with transactionId), /cancel.
 */
import type { BrowserContext, Route } from 'playwright-core';

export interface GraphSeen {
  method: string;
  path: string;
  query: Record<string, string>;
  auth: string | null;
  prefer: string | null;
  body: Record<string, unknown> | null;
}

export interface GraphCalendarFake {
  requests: GraphSeen[];
  /** Server ids of created events, one per distinct transactionId. */
  created: string[];
  cancelled: string[];
  violations: string[];
  /** Busy blocks returned by calendarView (UTC, no offset, as with Prefer: outlook.timezone="UTC"). */
  busy: { start: string; end: string }[];
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, prefer, sdkversion, client-request-id',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
};

export async function routeGraphCalendar(context: BrowserContext): Promise<GraphCalendarFake> {
  const fake: GraphCalendarFake = { requests: [], created: [], cancelled: [], violations: [], busy: [] };
  const byTransaction = new Map<string, Record<string, unknown>>();
  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({
      status,
      headers: { ...CORS, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  await context.route('https://graph.microsoft.com/**', async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    const text = request.postData();
    const seen: GraphSeen = {
      method: request.method(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: headers.authorization ?? null,
      prefer: headers.prefer ?? null,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
    fake.requests.push(seen);
    if (seen.auth !== 'Bearer e2e-graph-token')
      fake.violations.push(`${seen.method} ${seen.path}: wrong token`);

    if (seen.method === 'GET' && seen.path === '/v1.0/me/calendarView') {
      if (!seen.query.startDateTime || !seen.query.endDateTime)
        fake.violations.push('calendarView: no window');
      if (seen.prefer !== 'outlook.timezone="UTC"') fake.violations.push('calendarView: no UTC Prefer');
      return json(route, 200, {
        value: fake.busy.map((b, i) => ({
          id: `busy${i}`,
          showAs: 'busy',
          isCancelled: false,
          start: { dateTime: b.start, timeZone: 'UTC' },
          end: { dateTime: b.end, timeZone: 'UTC' },
        })),
      });
    }
    if (seen.method === 'POST' && seen.path === '/v1.0/me/events') {
      const body = seen.body as { transactionId?: string; isOnlineMeeting?: boolean };
      if (!body.transactionId) fake.violations.push('events: no transactionId');
      const tx = body.transactionId ?? 'none';
      let event = byTransaction.get(tx);
      if (!event) {
        const id = `AAMkAD-${fake.created.length + 1}`;
        event = {
          ...body,
          id,
          webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
          onlineMeeting: body.isOnlineMeeting
            ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` }
            : null,
        };
        byTransaction.set(tx, event);
        fake.created.push(id);
      }
      return json(route, 201, event);
    }
    const cancel = /^\/v1\.0\/me\/events\/([^/]+)\/cancel$/.exec(seen.path);
    if (seen.method === 'POST' && cancel) {
      fake.cancelled.push(decodeURIComponent(cancel[1]!));
      return route.fulfill({ status: 202, headers: CORS, body: '' });
    }
    fake.violations.push(`unexpected ${seen.method} ${seen.path}`);
    return json(route, 404, { error: { code: 'ErrorItemNotFound', message: 'Not found' } });
  });
  return fake;
}
