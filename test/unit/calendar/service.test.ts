import { delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { OfflineError, ProviderError } from '../../../src/http/errors';
import { createGoogleProvider } from '../../../src/calendar/google';
import { createIcsProvider } from '../../../src/calendar/ics';
import { createOutbox } from '../../../src/calendar/outbox';
import type { CalendarProvider } from '../../../src/calendar/provider';
import {
  bookReview,
  cancelReview,
  proposeSlots,
  rescheduleReview,
  retryPending,
  type BookRequest,
  type CalendarServiceDeps,
} from '../../../src/calendar/service';
import type { BookedEvent, ReviewEvent } from '../../../src/calendar/types';
import { item } from './fixtures/ledger';
import { GoogleFake } from './fakes/googleFake';
import { fakeTokens, fastPolicy } from './helpers';
import { memoryStore } from './memoryStore';

const NOW = new Date('2026-03-02T08:00:00Z');

/** An in-memory calendar that records calls and can be switched offline. */
function scriptedProvider() {
  const calls: { method: string; args: unknown[] }[] = [];
  const state = { offline: false, refuse: false };
  const fail = () => {
    if (state.offline) throw new OfflineError('down');
    if (state.refuse) throw new ProviderError('forbidden', 403, 'Refused.', false);
  };
  const provider: CalendarProvider = {
    async freeBusy(...args) {
      calls.push({ method: 'freeBusy', args });
      return [{ start: '2026-03-02T09:00:00+00:00', end: '2026-03-02T10:00:00+00:00' }];
    },
    async create(event: ReviewEvent): Promise<BookedEvent> {
      calls.push({ method: 'create', args: [event] });
      fail();
      return {
        provider: 'google',
        eventId: event.id,
        htmlLink: `https://cal/${event.id}`,
        joinUrl: 'https://meet/x',
      };
    },
    async update(...args) {
      calls.push({ method: 'update', args });
      fail();
      return { provider: 'google', eventId: args[0], htmlLink: `https://cal/${args[0]}` };
    },
    async cancel(...args) {
      calls.push({ method: 'cancel', args });
      fail();
      return {};
    },
  };
  return { provider, calls, state };
}

function deps(provider: CalendarProvider, store = memoryStore()) {
  const alarm = { scheduled: 0, cleared: 0 };
  let n = 0;
  const d: CalendarServiceDeps = {
    provider: (id) => (id === 'ics' ? createIcsProvider() : provider),
    outbox: createOutbox(store, () => NOW),
    now: () => NOW,
    newId: () => `review${++n}aaaa`,
    retry: {
      schedule: async () => void alarm.scheduled++,
      clear: async () => void alarm.cleared++,
    },
  };
  return { d, alarm, store };
}

const request: BookRequest = {
  clientId: 'c1',
  provider: 'google',
  title: 'Review with Acme',
  start: '2026-03-03T09:00:00+00:00',
  end: '2026-03-03T09:30:00+00:00',
  timeZone: 'Europe/London',
  attendees: [{ name: 'Ann Lee', email: 'ann@acme.com' }],
  agenda: 'Agenda text\n',
  cadence: { kind: 'once' },
  wantsVideo: true,
};

describe('proposeSlots', () => {
  it('proposes free slots around the user’s busy time, labelled for the client too', async () => {
    const { provider, calls } = scriptedProvider();
    const { d } = deps(provider);
    const hours = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    const { slots, busyKnown } = await proposeSlots(d, {
      provider: 'google',
      hours,
      lengthMinutes: 30,
      count: 2,
      clientTimeZone: 'America/New_York',
    });
    expect(busyKnown).toBe(true);
    expect(slots.map((s) => s.start)).toEqual(['2026-03-02T10:00:00+00:00', '2026-03-02T10:30:00+00:00']);
    expect(slots[0]!.label.text).toBe('Mon 2 Mar, 10:00–10:30 GMT · Mon 2 Mar, 05:00–05:30 GMT-5 (client)');
    expect(calls[0]!.args).toEqual([
      { start: '2026-03-02T08:00:00.000Z', end: '2026-03-16T08:00:00.000Z' },
      'Europe/London',
    ]);
  });

  it('says busy times are unknown on the ICS path', async () => {
    const { d } = deps(scriptedProvider().provider);
    const hours = { timeZone: 'Europe/London', days: [1], start: '09:00', end: '10:00' };
    const res = await proposeSlots(d, { provider: 'ics', hours, lengthMinutes: 60 });
    expect(res.busyKnown).toBe(false);
    expect(res.slots[0]!.start).toBe('2026-03-02T09:00:00+00:00');
  });
});

describe('bookReview', () => {
  it('books the event, returns the review for the ledger, and leaves nothing in the outbox', async () => {
    const { provider, calls } = scriptedProvider();
    const { d, alarm } = deps(provider);
    const [review] = await bookReview(d, { ...request, cadence: { kind: 'monthly', count: 6 } });
    expect(review).toMatchObject({
      id: 'review1aaaa',
      status: 'booked',
      eventId: 'review1aaaa',
      htmlLink: 'https://cal/review1aaaa',
      joinUrl: 'https://meet/x',
      recurrence: { cadence: 'monthly', count: 6 },
      agenda: 'Agenda text\n',
    });
    expect(calls.map((c) => c.method)).toEqual(['create']);
    expect((calls[0]!.args[0] as ReviewEvent).description).toBe('Agenda text\n');
    expect(await d.outbox.list()).toEqual([]);
    expect(alarm).toEqual({ scheduled: 1, cleared: 1 });
  });

  it('books one event per milestone date at the chosen time of day', async () => {
    const { provider } = scriptedProvider();
    const { d } = deps(provider);
    const items = [item({ text: 'Report', due: '2026-04-10' }), item({ text: 'Invoice', due: '2026-03-20' })];
    const reviews = await bookReview(d, {
      ...request,
      cadence: { kind: 'beforeEachDue', offset: { days: 2 } },
      items,
    });
    expect(reviews.map((r) => [r.start, r.end, r.recurrence])).toEqual([
      ['2026-03-18T09:00:00.000+00:00', '2026-03-18T09:30:00.000+00:00', null],
      ['2026-04-08T09:00:00.000+01:00', '2026-04-08T09:30:00.000+01:00', null],
    ]);
  });

  it('keeps an offline booking as pending in the outbox, and the retry books it later', async () => {
    const { provider, calls, state } = scriptedProvider();
    const { d, alarm } = deps(provider);
    state.offline = true;
    const [pending] = await bookReview(d, request);
    expect(pending).toMatchObject({
      status: 'pending',
      eventId: null,
      note: expect.stringMatching(/offline/),
    });
    expect(await d.outbox.list()).toHaveLength(1);
    expect(alarm.scheduled).toBe(1);
    expect(alarm.cleared).toBe(0);

    state.offline = false;
    const { updated, pending: still } = await retryPending(d);
    expect(still).toEqual([]);
    expect(updated).toEqual([
      expect.objectContaining({ id: pending!.id, status: 'booked', eventId: pending!.id }),
    ]);
    expect(calls.filter((c) => c.method === 'create')).toHaveLength(2);
    expect(await d.outbox.list()).toEqual([]);
    expect(alarm.cleared).toBe(1);
  });

  it('tells the user at once when the calendar refuses, and keeps nothing queued', async () => {
    const { provider, state } = scriptedProvider();
    const { d } = deps(provider);
    state.refuse = true;
    await expect(bookReview(d, request)).rejects.toBeInstanceOf(ProviderError);
    expect(await d.outbox.list()).toEqual([]);
  });

  it('books on the ICS path with the file on the review and no sign-in', async () => {
    const { d } = deps(scriptedProvider().provider);
    const [review] = await bookReview(d, { ...request, provider: 'ics' });
    expect(review).toMatchObject({ status: 'booked', provider: 'ics', htmlLink: null });
    expect(review!.icsText).toContain(`UID:${review!.id}`);
  });
});

describe('rescheduleReview and cancelReview', () => {
  it('moves the whole series: the review takes the new times and the calendar gets a patch', async () => {
    const { provider, calls } = scriptedProvider();
    const { d } = deps(provider);
    const [booked] = await bookReview(d, { ...request, cadence: { kind: 'weekly' } });
    const change = { start: '2026-03-04T10:00:00+00:00', end: '2026-03-04T10:30:00+00:00' };
    const moved = await rescheduleReview(d, booked!, change, 'series');
    expect(moved).toMatchObject({ ...change, status: 'booked', sequence: 1 });
    expect(calls[1]).toEqual({
      method: 'update',
      args: [
        booked!.eventId,
        { ...change, timeZone: 'Europe/London', recurrence: { cadence: 'weekly' }, sequence: 1 },
        'series',
        undefined,
        expect.objectContaining({ id: booked!.id, start: booked!.start }),
      ],
    });
  });

  it('moves one occurrence without changing the series times on the review', async () => {
    const { provider, calls } = scriptedProvider();
    const { d } = deps(provider);
    const [booked] = await bookReview(d, { ...request, cadence: { kind: 'weekly' } });
    const moved = await rescheduleReview(
      d,
      booked!,
      { start: '2026-03-11T11:00:00Z', end: '2026-03-11T11:30:00Z' },
      'occurrence',
      '2026-03-10T09:00:00Z',
    );
    expect(moved.start).toBe(booked!.start);
    expect(calls[1]!.args.slice(2, 4)).toEqual(['occurrence', '2026-03-10T09:00:00Z']);
  });

  it('re-books a still-pending review at the new time instead of queueing an update behind it', async () => {
    const { provider, calls, state } = scriptedProvider();
    const { d } = deps(provider);
    state.offline = true;
    const [pending] = await bookReview(d, request);
    state.offline = false;
    const moved = await rescheduleReview(
      d,
      pending!,
      { start: '2026-03-05T09:00:00Z', end: '2026-03-05T09:30:00Z' },
      'series',
    );
    expect(moved.status).toBe('booked');
    expect(calls.map((c) => c.method)).toEqual(['create', 'create']);
    expect((calls[1]!.args[0] as ReviewEvent).start).toBe('2026-03-05T09:00:00Z');
    expect(await d.outbox.list()).toEqual([]);
  });

  it('cancels a pending review by dropping its queued create, without calling the calendar', async () => {
    const { provider, calls, state } = scriptedProvider();
    const { d } = deps(provider);
    state.offline = true;
    const [pending] = await bookReview(d, request);
    const cancelled = await cancelReview(d, pending!, 'series');
    expect(cancelled.status).toBe('cancelled');
    expect(calls.map((c) => c.method)).toEqual(['create']);
    expect(await d.outbox.list()).toEqual([]);
  });

  it('cancels a booked series in the calendar', async () => {
    const { provider, calls } = scriptedProvider();
    const { d } = deps(provider);
    const [booked] = await bookReview(d, request);
    const cancelled = await cancelReview(d, booked!, 'series');
    expect(cancelled.status).toBe('cancelled');
    expect(calls.map((c) => c.method)).toEqual(['create', 'cancel']);
  });
});

describe('a worker that stops between the outbox write and the answer', () => {
  const fake = new GoogleFake();
  const server = setupServer(...fake.handlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('finishes the booking after restart, and Google has exactly one event', async () => {
    const store = memoryStore();
    const sleeps: number[] = [];
    // First worker: Google stores the event, but the worker dies before the answer arrives.
    server.use(
      http.post(
        'https://www.googleapis.com/calendar/v3/calendars/primary/events',
        async ({ request: req }) => {
          const body = (await req.json()) as { id: string };
          fake.events.set(body.id, {
            id: body.id,
            status: 'confirmed',
            htmlLink: `https://www.google.com/calendar/event?eid=${body.id}`,
          });
          await delay('infinite');
          return new Response(null);
        },
        { once: true },
      ),
    );
    const first = createGoogleProvider({
      tokens: fakeTokens(),
      policy: { ...fastPolicy(sleeps), timeoutMs: 60_000 },
    });
    const firstWorker = deps(first, store);
    void bookReview(firstWorker.d, request); // never settles: the worker is "stopped" here
    await vi.waitFor(() => expect(fake.events.size).toBe(1));

    // Restarted worker: the alarm fires and drains the outbox it finds in storage.
    const second = createGoogleProvider({ tokens: fakeTokens(), policy: fastPolicy(sleeps) });
    const restarted = deps(second, store);
    const { updated } = await retryPending(restarted.d);
    expect(updated).toEqual([
      expect.objectContaining({ id: 'review1aaaa', status: 'booked', eventId: 'review1aaaa' }),
    ]);
    expect(fake.events.size).toBe(1);
    expect(await restarted.d.outbox.list()).toEqual([]);
    const again = await retryPending(restarted.d);
    expect(again.updated).toEqual([]);
    expect(fake.events.size).toBe(1);
  });
});
