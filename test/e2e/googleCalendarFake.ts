/**
 * A fake of the Google Calendar v3 endpoints Accord uses, answered through Playwright routes
 * (the extension's worker fetches through the same network stack). It records every request,
 * checks it against the documented shape, and can hold or drop requests to simulate a worker
 * stopped mid-request or a network failure.
 */
import type { BrowserContext, Route } from 'playwright-core';

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  auth: string | null;
  body: Record<string, unknown> | null;
}

/**
 * `holdUnsent`: held on its way, before Google sees it (no event); `release()` then fails it as
 * a network error would: the request never arrived.
 */
type Behaviour = 'answer' | 'hold' | 'drop' | 'holdUnsent';

export interface GoogleCalendarFake {
  requests: SeenRequest[];
  /** Event ids the fake created (one per successful insert that reached it). */
  created: string[];
  events: Map<string, Record<string, unknown>>;
  violations: string[];
  /** What to do with the next events.insert: answer it, hold it until released, or drop it. */
  nextInsert: Behaviour;
  /** Resolves when a held insert has arrived; `release()` then answers it (if the page still waits). */
  held: Promise<void>;
  release(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
};
const BASE32HEX_ID = /^[0-9a-v]{5,1024}$/;

export async function routeGoogleCalendar(context: BrowserContext): Promise<GoogleCalendarFake> {
  let arrived!: () => void;
  let heldRoute: { route: Route; answer: () => Promise<void> } | null = null;
  const fake: GoogleCalendarFake = {
    requests: [],
    created: [],
    events: new Map(),
    violations: [],
    nextInsert: 'answer',
    held: new Promise<void>((resolve) => (arrived = resolve)),
    async release() {
      const h = heldRoute;
      heldRoute = null;
      // The worker that sent it may be gone: its request was cancelled with it.
      await h?.answer().catch(() => undefined);
    },
  };
  const json = (route: Route, status: number, body: unknown) =>
    route.fulfill({
      status,
      headers: { ...CORS, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  await context.route('https://www.googleapis.com/**', async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    const text = request.postData();
    const seen: SeenRequest = {
      method: request.method(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: (await request.allHeaders()).authorization ?? null,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
    fake.requests.push(seen);
    if (seen.auth !== 'Bearer e2e-token') fake.violations.push(`${seen.method} ${seen.path}: wrong token`);

    if (seen.method === 'POST' && seen.path === '/calendar/v3/freeBusy') {
      const body = seen.body as { timeMin?: string; timeMax?: string; items?: { id: string }[] };
      if (!body.timeMin || !body.timeMax || body.items?.[0]?.id !== 'primary')
        fake.violations.push('freeBusy: missing timeMin/timeMax/items');
      return json(route, 200, {
        kind: 'calendar#freeBusy',
        timeMin: body.timeMin,
        timeMax: body.timeMax,
        calendars: { primary: { busy: [] } },
      });
    }

    const insert = /^\/calendar\/v3\/calendars\/primary\/events$/.exec(seen.path);
    if (seen.method === 'POST' && insert) {
      const event = seen.body as { id?: string; start?: unknown; end?: unknown; attendees?: unknown[] };
      if (seen.query.conferenceDataVersion !== '1' || seen.query.sendUpdates !== 'all')
        fake.violations.push(`insert: query ${JSON.stringify(seen.query)}`);
      if (!event.id || !BASE32HEX_ID.test(event.id))
        fake.violations.push('insert: no client-chosen base32hex id');
      const behaviour = fake.nextInsert;
      fake.nextInsert = 'answer';
      // Dropped before it reached Google: nothing is created.
      if (behaviour === 'drop') return route.abort('internetdisconnected');
      if (behaviour === 'holdUnsent') {
        heldRoute = { route, answer: () => route.abort('internetdisconnected') };
        arrived();
        return;
      }
      const id = event.id ?? 'missing';
      const duplicate = fake.events.has(id);
      // The event exists as soon as the request reaches Google, whatever happens to the answer.
      if (!duplicate) {
        fake.events.set(id, {
          ...event,
          status: 'confirmed',
          htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
          hangoutLink: `https://meet.google.com/abc-defg-${id.slice(0, 3)}`,
        });
        fake.created.push(id);
      }
      const answer = () =>
        duplicate
          ? json(route, 409, {
              error: {
                code: 409,
                message: 'The requested identifier already exists.',
                errors: [{ reason: 'duplicate' }],
              },
            })
          : json(route, 200, fake.events.get(id));
      if (behaviour === 'hold') {
        heldRoute = { route, answer };
        arrived();
        return;
      }
      return answer();
    }

    const get = /^\/calendar\/v3\/calendars\/primary\/events\/([^/]+)$/.exec(seen.path);
    if (seen.method === 'GET' && get) {
      const event = fake.events.get(decodeURIComponent(get[1]!));
      return event
        ? json(route, 200, event)
        : json(route, 404, { error: { code: 404, message: 'Not Found' } });
    }
    fake.violations.push(`unexpected ${seen.method} ${seen.path}`);
    return json(route, 404, { error: { code: 404, message: 'Not Found' } });
  });
  return fake;
}
