import { readFileSync } from 'node:fs';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { OfflineError, ProviderError } from '../../../src/http/errors';
import { createGoogleProvider } from '../../../src/calendar/google';
import { GoogleFake } from './fakes/googleFake';
import { fakeTokens, fastPolicy, review } from './helpers';

const API = 'https://www.googleapis.com/calendar/v3';
const fake = new GoogleFake();
const server = setupServer(...fake.handlers());

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  expect(fake.violations).toEqual([]);
  fake.events.clear();
  fake.requests = [];
  fake.acceptToken = (t) => t.length > 0;
});
afterAll(() => server.close());

function setup() {
  const sleeps: number[] = [];
  const tokens = fakeTokens();
  const provider = createGoogleProvider({ tokens, policy: fastPolicy(sleeps) });
  return { sleeps, tokens, provider };
}

const googleError = (code: number, message: string, reason = 'backendError') =>
  HttpResponse.json(
    { error: { code, message, errors: [{ domain: 'global', reason, message }] } },
    { status: code },
  );

describe('Google Calendar contract', () => {
  it('asks freeBusy for the window of the primary calendar and returns its busy blocks', async () => {
    const { provider } = setup();
    const busy = await provider.freeBusy({ start: '2026-03-02', end: '2026-03-16' }, 'America/New_York');
    expect(busy).toEqual([
      { start: '2026-03-02T14:00:00Z', end: '2026-03-02T15:00:00Z' },
      { start: '2026-03-03T05:00:00Z', end: '2026-03-04T05:00:00Z' },
    ]);
    const [req] = fake.requests;
    expect(req).toMatchObject({
      method: 'POST',
      path: '/calendar/v3/freeBusy',
      query: {},
      auth: 'Bearer t1',
    });
    expect(req!.body).toEqual({
      timeMin: '2026-03-02T00:00:00.000-05:00',
      timeMax: '2026-03-16T00:00:00.000-04:00',
      timeZone: 'America/New_York',
      items: [{ id: 'primary' }],
    });
  });

  it('inserts the event with our id, attendees, agenda, rule and a Meet request, and returns the links', async () => {
    const { provider } = setup();
    const booked = await provider.create(review);
    expect(booked).toEqual({
      provider: 'google',
      eventId: review.id,
      htmlLink: `https://www.google.com/calendar/event?eid=${review.id}`,
      joinUrl: 'https://meet.google.com/abc-a1b2-xyz',
    });
    const [req] = fake.requests;
    expect(req).toMatchObject({
      method: 'POST',
      path: '/calendar/v3/calendars/primary/events',
      query: { conferenceDataVersion: '1', sendUpdates: 'all' },
    });
    expect(req!.body).toEqual({
      id: review.id,
      summary: review.title,
      description: review.description,
      start: { dateTime: review.start, timeZone: 'America/New_York' },
      end: { dateTime: review.end, timeZone: 'America/New_York' },
      attendees: [
        { email: 'ann@acme.com', displayName: 'Ann Lee' },
        { email: 'bo@acme.com', displayName: 'Bo Chen' },
      ],
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6;WKST=MO'],
      conferenceData: {
        createRequest: { requestId: review.id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
      },
    });
  });

  it('sends no conference request and no rule for a one-off review without video', async () => {
    const { provider } = setup();
    const booked = await provider.create({ ...review, wantsVideo: false, recurrence: null });
    expect(booked.joinUrl).toBeUndefined();
    const body = fake.requests[0]!.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('conferenceData');
    expect(body).not.toHaveProperty('recurrence');
  });

  it('makes no second event when a create is retried after its answer was lost', async () => {
    const { provider } = setup();
    // The first insert reaches Google and is stored, but the connection drops before the answer.
    server.use(
      http.post(
        `${API}/calendars/primary/events`,
        async ({ request }) => {
          fake.events.set(review.id, {
            id: review.id,
            status: 'confirmed',
            htmlLink: `https://www.google.com/calendar/event?eid=${review.id}`,
          });
          await request.text();
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await expect(provider.create(review)).rejects.toBeInstanceOf(OfflineError);
    const again = await provider.create(review);
    expect(again.eventId).toBe(review.id);
    expect(fake.events.size).toBe(1);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /calendar/v3/calendars/primary/events',
      `GET /calendar/v3/calendars/primary/events/${review.id}`,
    ]);
  });

  it('renews the token once on 401 and retries with the new one', async () => {
    const { provider, tokens } = setup();
    fake.acceptToken = (t) => t === 't2';
    const booked = await provider.create(review);
    expect(booked.eventId).toBe(review.id);
    expect(tokens.renewals).toBe(1);
    expect(fake.requests.map((r) => r.auth)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('gives up with a sign-in message when the renewed token is refused too', async () => {
    const { provider, tokens } = setup();
    fake.acceptToken = () => false;
    const err = await provider.create(review).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).kind).toBe('unauthorized');
    expect((err as ProviderError).userMessage).toMatch(/Reconnect the calendar/);
    expect(tokens.renewals).toBe(1);
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    [403, 'forbidden', /refused the request \(403\)/],
    [404, 'notFound', /no such event \(404\)/],
    [410, 'gone', /deleted in Google Calendar \(410\)/],
  ] as const)(
    'turns %i into a %s error with a clear message and does not retry',
    async (status, kind, message) => {
      const { provider, sleeps } = setup();
      server.use(
        http.patch(`${API}/calendars/primary/events/:id`, async () =>
          googleError(status, 'nope', 'notFound'),
        ),
      );
      const err = await provider.update(review.id, { title: 'x' }, 'series').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect((err as ProviderError).kind).toBe(kind);
      expect((err as ProviderError).userMessage).toMatch(message);
      expect((err as ProviderError).retryable).toBe(false);
      expect(sleeps).toEqual([]);
    },
  );

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { provider, sleeps } = setup();
    let calls = 0;
    server.use(
      http.post(`${API}/freeBusy`, async () => {
        calls += 1;
        if (calls === 1) return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } });
        return HttpResponse.json({ calendars: { primary: { busy: [] } } });
      }),
    );
    expect(await provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')).toEqual([]);
    expect(sleeps).toEqual([7000]);
    expect(calls).toBe(2);
  });

  it('treats a 403 rateLimitExceeded as throttling and backs off exponentially', async () => {
    const { provider, sleeps } = setup();
    let calls = 0;
    server.use(
      http.post(`${API}/freeBusy`, async () => {
        calls += 1;
        if (calls < 3) return googleError(403, 'Rate Limit Exceeded', 'rateLimitExceeded');
        return HttpResponse.json({ calendars: { primary: { busy: [] } } });
      }),
    );
    await provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC');
    expect(sleeps).toEqual([100, 200]);
  });

  it('stops after the bounded number of attempts on repeated 500s with a retryable error', async () => {
    const { provider, sleeps } = setup();
    let calls = 0;
    server.use(
      http.post(`${API}/calendars/primary/events`, async () => {
        calls += 1;
        return googleError(500, 'Backend Error');
      }),
    );
    const err = await provider.create(review).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server', retryable: true });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('hands a Retry-After longer than it will wait to the outbox instead of sleeping', async () => {
    const { provider, sleeps } = setup();
    server.use(
      http.post(
        `${API}/freeBusy`,
        () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '3600' } }),
      ),
    );
    const err = await provider
      .freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server', retryable: true });
    expect(sleeps).toEqual([]);
  });

  it('reports a network failure and a timeout as offline', async () => {
    const { provider } = setup();
    server.use(http.post(`${API}/freeBusy`, () => HttpResponse.error(), { once: true }));
    await expect(provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')).rejects.toBeInstanceOf(
      OfflineError,
    );
    server.use(
      http.post(`${API}/freeBusy`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await expect(provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')).rejects.toBeInstanceOf(
      OfflineError,
    );
  });

  it('moves the whole series with a PATCH that includes the new rule', async () => {
    const { provider } = setup();
    await provider.create(review);
    fake.requests = [];
    await provider.update(
      review.id,
      { start: '2026-03-05T10:00:00-05:00', end: '2026-03-05T10:30:00-05:00', recurrence: review.recurrence },
      'series',
      undefined,
      review,
    );
    const [req] = fake.requests;
    expect(req).toMatchObject({
      method: 'PATCH',
      path: `/calendar/v3/calendars/primary/events/${review.id}`,
      query: { conferenceDataVersion: '1', sendUpdates: 'all' },
    });
    expect(req!.body).toEqual({
      start: { dateTime: '2026-03-05T10:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-03-05T10:30:00-05:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6;WKST=MO'],
    });
  });

  it('moves one occurrence by finding its instance with originalStart and patching that instance', async () => {
    const { provider } = setup();
    await provider.create(review);
    fake.requests = [];
    await provider.update(
      review.id,
      { start: '2026-03-18T11:00:00-04:00', end: '2026-03-18T11:30:00-04:00' },
      'occurrence',
      '2026-03-17T09:00:00-04:00',
      review,
    );
    expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      [
        'GET',
        `/calendar/v3/calendars/primary/events/${review.id}/instances`,
        { originalStart: '2026-03-17T09:00:00.000-04:00' },
      ],
      [
        'PATCH',
        `/calendar/v3/calendars/primary/events/${review.id}_20260317T130000Z`,
        { conferenceDataVersion: '1', sendUpdates: 'all' },
      ],
    ]);
    expect(fake.requests[1]!.body).not.toHaveProperty('recurrence');
  });

  it('cancels with a DELETE that notifies attendees, and a repeated cancel (410) is not an error', async () => {
    const { provider } = setup();
    await provider.create(review);
    fake.requests = [];
    await provider.cancel(review.id, 'series');
    await provider.cancel(review.id, 'series');
    expect(fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['DELETE', `/calendar/v3/calendars/primary/events/${review.id}`, { sendUpdates: 'all' }],
      ['DELETE', `/calendar/v3/calendars/primary/events/${review.id}`, { sendUpdates: 'all' }],
    ]);
  });

  it('imports nothing from googleapis at run time, only its types', () => {
    const source = readFileSync(new URL('../../../src/calendar/google.ts', import.meta.url), 'utf8');
    const imports = source.split('\n').filter((l) => l.includes("from '@googleapis/calendar'"));
    expect(imports).toEqual(["import type { calendar_v3 } from '@googleapis/calendar';"]);
  });
});
