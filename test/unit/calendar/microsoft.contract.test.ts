import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { OfflineError, ProviderError } from '../../../src/http/errors';
import { createMicrosoftProvider } from '../../../src/calendar/microsoft';
import { GraphFake, graphError } from './fakes/graphFake';
import { fakeTokens, fastPolicy, review } from './helpers';

const API = 'https://graph.microsoft.com/v1.0';
const fake = new GraphFake();
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
  const provider = createMicrosoftProvider({ tokens, policy: fastPolicy(sleeps) });
  return { sleeps, tokens, provider };
}

describe('Microsoft Graph contract', () => {
  it('reads busy times from calendarView in UTC, follows nextLink, and skips free and cancelled events', async () => {
    const { provider } = setup();
    const busy = await provider.freeBusy({ start: '2026-03-02', end: '2026-03-16' }, 'Europe/London');
    expect(busy).toEqual([
      { start: '2026-03-02T14:00:00.000Z', end: '2026-03-02T15:00:00.000Z' },
      { start: '2026-03-04T00:00:00.000Z', end: '2026-03-05T00:00:00.000Z' },
    ]);
    const [first, second] = fake.requests;
    expect(first).toMatchObject({
      method: 'GET',
      path: '/v1.0/me/calendarView',
      query: {
        startDateTime: '2026-03-02T00:00:00.000Z',
        endDateTime: '2026-03-16T00:00:00.000Z',
        $select: 'start,end,showAs,isCancelled',
        $top: '200',
      },
      auth: 'Bearer t1',
      prefer: 'outlook.timezone="UTC"',
    });
    expect(second!.query.page).toBe('2');
  });

  it('creates the event with attendees, agenda, Teams, a patterned recurrence and a transactionId', async () => {
    const { provider } = setup();
    const booked = await provider.create(review);
    expect(booked).toEqual({
      provider: 'microsoft',
      eventId: 'AAMkAGI2TG1AAA=',
      htmlLink: 'https://outlook.office365.com/owa/?itemid=AAMkAGI2TG1AAA%3D&exvsurl=1&path=/calendar/item',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_1%40thread.v2/0',
    });
    const [req] = fake.requests;
    expect(req).toMatchObject({ method: 'POST', path: '/v1.0/me/events', query: {} });
    expect(req!.body).toEqual({
      subject: review.title,
      body: { contentType: 'text', content: review.description },
      start: { dateTime: '2026-03-03T09:00:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-03-03T09:30:00', timeZone: 'America/New_York' },
      attendees: [
        { emailAddress: { address: 'ann@acme.com', name: 'Ann Lee' }, type: 'required' },
        { emailAddress: { address: 'bo@acme.com', name: 'Bo Chen' }, type: 'required' },
      ],
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
        range: {
          type: 'numbered',
          startDate: '2026-03-03',
          numberOfOccurrences: 6,
          recurrenceTimeZone: 'America/New_York',
        },
      },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: review.id,
    });
  });

  it('writes a quarterly review on the last weekday of the month as relativeMonthly with index last', async () => {
    const { provider } = setup();
    await provider.create({
      ...review,
      start: '2026-03-31T09:00:00-04:00',
      end: '2026-03-31T09:30:00-04:00',
      recurrence: { cadence: 'quarterly', until: '2026-12-31' },
      wantsVideo: false,
    });
    const body = fake.requests[0]!.body as Record<string, unknown>;
    expect(body.recurrence).toEqual({
      pattern: { type: 'relativeMonthly', interval: 3, daysOfWeek: ['tuesday'], index: 'last' },
      range: {
        type: 'endDate',
        startDate: '2026-03-31',
        endDate: '2026-12-31',
        recurrenceTimeZone: 'America/New_York',
      },
    });
    expect(body).not.toHaveProperty('isOnlineMeeting');
  });

  it('makes no second event when a create is retried after its answer was lost', async () => {
    const { provider } = setup();
    server.use(
      http.post(
        `${API}/me/events`,
        async ({ request }) => {
          const body = (await request.json()) as Record<string, unknown>;
          fake.events.set('AAMkFIRST', {
            ...body,
            id: 'AAMkFIRST',
            webLink: 'https://outlook.office365.com/owa/?itemid=AAMkFIRST',
          });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await expect(provider.create(review)).rejects.toBeInstanceOf(OfflineError);
    const again = await provider.create(review);
    expect(again.eventId).toBe('AAMkFIRST');
    expect(fake.events.size).toBe(1);
    expect((fake.requests[0]!.body as { transactionId: string }).transactionId).toBe(review.id);
  });

  it('renews the token once on 401 and sends the new one', async () => {
    const { provider, tokens } = setup();
    fake.acceptToken = (t) => t === 't2';
    await provider.create(review);
    expect(tokens.renewals).toBe(1);
    expect(fake.requests.map((r) => r.auth)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(fake.events.size).toBe(1);
  });

  it.each([
    [403, 'ErrorAccessDenied', 'forbidden'],
    [404, 'ErrorItemNotFound', 'notFound'],
    [410, 'ErrorItemNotFound', 'gone'],
  ] as const)('turns %i %s into a %s error without retrying', async (status, code, kind) => {
    const { provider, sleeps } = setup();
    server.use(http.patch(`${API}/me/events/:id`, () => graphError(status, code, 'Access is denied.')));
    const err = await provider.update('AAMkX', { title: 'New title' }, 'series').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ kind, status, retryable: false });
    expect((err as ProviderError).userMessage).toContain('Outlook');
    expect(sleeps).toEqual([]);
  });

  it('honours Retry-After on 429 and backs off on 503, then succeeds', async () => {
    const { provider, sleeps } = setup();
    let calls = 0;
    server.use(
      http.post(`${API}/me/events`, async ({ request }) => {
        calls += 1;
        await request.text();
        if (calls === 1) return graphError(429, 'ApplicationThrottled', 'Too many requests');
        if (calls === 2) return new HttpResponse(null, { status: 503 });
        return HttpResponse.json(
          { id: 'AAMkOK', webLink: 'https://outlook.office365.com/owa/?itemid=AAMkOK' },
          { status: 201 },
        );
      }),
    );
    // The first 429 has no Retry-After here, so the first wait is the base delay.
    const booked = await provider.create(review);
    expect(booked.eventId).toBe('AAMkOK');
    expect(sleeps).toEqual([100, 200]);
    server.use(
      http.post(
        `${API}/me/events`,
        async () =>
          new HttpResponse('{"error":{"code":"TooManyRequests","message":"x"}}', {
            status: 429,
            headers: { 'Retry-After': '2', 'Content-Type': 'application/json' },
          }),
        { once: true },
      ),
    );
    await provider.create(review);
    expect(sleeps).toEqual([100, 200, 2000]);
  });

  it('reports a network failure and a timeout as offline', async () => {
    const { provider } = setup();
    server.use(http.get(`${API}/me/calendarView`, () => HttpResponse.error(), { once: true }));
    await expect(provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')).rejects.toBeInstanceOf(
      OfflineError,
    );
    server.use(
      http.get(`${API}/me/calendarView`, async () => {
        await delay('infinite');
        return HttpResponse.json({ value: [] });
      }),
    );
    await expect(provider.freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC')).rejects.toBeInstanceOf(
      OfflineError,
    );
  });

  it('moves the series with a PATCH and never resends transactionId', async () => {
    const { provider } = setup();
    const { eventId } = await provider.create(review);
    fake.requests = [];
    await provider.update(
      eventId,
      { title: 'Moved', start: '2026-03-05T10:00:00-05:00', end: '2026-03-05T10:30:00-05:00' },
      'series',
      undefined,
      review,
    );
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([['PATCH', `/v1.0/me/events/${eventId}`]]);
    expect(fake.requests[0]!.body).toEqual({
      subject: 'Moved',
      start: { dateTime: '2026-03-05T10:00:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-03-05T10:30:00', timeZone: 'America/New_York' },
    });
  });

  it('moves one occurrence by looking it up among the instances by its original start', async () => {
    const { provider } = setup();
    const { eventId } = await provider.create(review);
    fake.requests = [];
    await provider.update(
      eventId,
      { start: '2026-03-18T10:00:00-04:00', end: '2026-03-18T10:30:00-04:00' },
      'occurrence',
      '2026-03-17T09:00:00-04:00',
      review,
    );
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', `/v1.0/me/events/${eventId}/instances`],
      ['PATCH', `/v1.0/me/events/${eventId}_OCC1`],
    ]);
    expect(fake.requests[0]!.query).toEqual({
      startDateTime: '2026-03-17T12:59:00.000Z',
      endDateTime: '2026-03-18T13:00:00.000Z',
      $select: 'id,originalStart,start',
    });
  });

  it('cancels through /cancel so attendees get a cancellation', async () => {
    const { provider } = setup();
    const { eventId } = await provider.create(review);
    fake.requests = [];
    await provider.cancel(eventId, 'series');
    expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', `/v1.0/me/events/${eventId}/cancel`, { comment: 'Cancelled from Accord.' }],
    ]);
    expect(fake.events.get(eventId)!.isCancelled).toBe(true);
  });
});
