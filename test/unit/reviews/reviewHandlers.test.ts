import { fakeBrowser } from 'wxt/testing';
import { OfflineError } from '../../../src/http/errors';
import { createIcsProvider } from '../../../src/calendar/ics';
import { createOutbox } from '../../../src/calendar/outbox';
import type { CalendarProvider } from '../../../src/calendar/provider';
import type { BookedEvent, ReviewEvent } from '../../../src/calendar/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/ledger/settings';
import { createRouter } from '../../../src/messaging/router';
import type { CalendarEnv } from '../../../src/worker/calendarEnv';
import { LEDGER_REVISION_KEY } from '../../../src/worker/changes';
import { createHandlers } from '../../../src/worker/handlers';
import { ledger } from '../../../src/worker/ledgerConnection';
import { retryOutbox } from '../../../src/worker/reviewHandlers';
import { memoryStore } from '../calendar/memoryStore';
import { suggestion, thread } from '../ledger/fixtures';
import { createTokenCache } from '../../../src/auth/tokenCache';
import { memorySession } from '../graph/memorySession';

const NOW = new Date('2026-03-02T08:00:00Z');
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const gmailTab = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/t1', tab: { id: 1 } };
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

/** A calendar in memory: records every call, busy 09:00–10:00 UTC on 2 March, can go offline. */
function fakeCalendar() {
  const created: ReviewEvent[] = [];
  const calls: string[] = [];
  const state = { offline: false };
  const provider: CalendarProvider = {
    async freeBusy() {
      calls.push('freeBusy');
      return [{ start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z' }];
    },
    async create(event): Promise<BookedEvent> {
      calls.push('create');
      if (state.offline) throw new OfflineError('no network');
      if (!created.some((e) => e.id === event.id)) created.push(event);
      return { provider: 'google', eventId: event.id, htmlLink: `https://calendar.test/${event.id}` };
    },
    async update(id) {
      calls.push('update');
      return { provider: 'google', eventId: id, htmlLink: `https://calendar.test/${id}` };
    },
    async cancel() {
      calls.push('cancel');
      return {};
    },
  };
  return { provider, created, calls, state };
}

let calendar = fakeCalendar();
let outbox = createOutbox(memoryStore(), () => NOW);
const accounts = { connected: new Set<string>() };
const env: CalendarEnv = {
  get outbox() {
    return outbox;
  },
  deps: () => ({
    provider: (id) => (id === 'ics' ? createIcsProvider() : calendar.provider),
    outbox,
    now: () => NOW,
  }),
  accounts: {
    async status(settings: Settings) {
      return {
        google: { configured: settings.googleClientId !== '', connected: accounts.connected.has('google') },
        microsoft: { configured: false, connected: accounts.connected.has('microsoft') },
      };
    },
    async connect(provider) {
      accounts.connected.add(provider);
    },
    async disconnect(provider) {
      accounts.connected.delete(provider);
    },
  },
  // Mail reading is not exercised here (test/unit/graph/mailReadingHandlers.test.ts).
  microsoftTokens: () => {
    throw new Error('not used by reviews');
  },
  tokenCache: createTokenCache(memorySession()),
};

const route = createRouter(
  createHandlers(
    () => NOW,
    () => env,
  ),
  { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN },
);
type Reply = { ok: boolean; data?: never; error?: string };
const send = (type: string, payload: unknown, sender: object = gmailTab) =>
  route({ accord: 1, type, payload }, sender) as Promise<Reply>;

let n = 0;
/** A client with one item we owe and one they owe, created through the ledger's own message. */
async function clientWithItems(): Promise<{ clientId: string; domain: string }> {
  const domain = `client${++n}.example`;
  const reply = await send('suggestions.accept', {
    clientKey: `domain:${domain}`,
    clientName: 'Acme',
    thread,
    suggestions: [
      suggestion({ messageId: `m${n}`, text: 'We will send the revised proposal.', due: '2026-03-20' }),
      suggestion({
        messageId: `m${n}`,
        start: 60,
        end: 80,
        owner: 'client',
        text: 'You will pay the deposit.',
      }),
    ],
    sentAt: { [`m${n}`]: '2026-03-01T09:15:00Z' },
  });
  expect(reply.ok).toBe(true);
  return { clientId: (reply.data as unknown as { client: { id: string } }).client.id, domain };
}

const booking = (client: object, overrides: Record<string, unknown> = {}) => ({
  client,
  start: '2026-03-03T10:00:00Z',
  end: '2026-03-03T10:30:00Z',
  attendees: [{ name: 'Priya Raman', email: 'priya.raman@acme.com' }],
  cadence: { kind: 'once' },
  ...overrides,
});

beforeEach(async () => {
  fakeBrowser.reset();
  calendar = fakeCalendar();
  outbox = createOutbox(memoryStore(), () => NOW);
  await send(
    'settings.update',
    { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours, timeZone: 'UTC' } },
    optionsPage,
  );
});

describe('the review messages', () => {
  it.each([
    ['a length not on offer', 'review.proposeSlots', { lengthMinutes: 20 }, 'at lengthMinutes'],
    [
      'an unknown time zone',
      'review.proposeSlots',
      { lengthMinutes: 30, clientTimeZone: 'Mars/Olympus' },
      'at clientTimeZone',
    ],
    [
      'a window that ends before it starts',
      'review.proposeSlots',
      { lengthMinutes: 30, window: { start: '2026-03-10T00:00:00Z', end: '2026-03-01T00:00:00Z' } },
      'review.proposeSlots',
    ],
    [
      'an attendee without an address',
      'review.book',
      booking({ clientId: 'c' }, { attendees: [{ name: 'x', email: 'x' }] }),
      'at attendees.0.email',
    ],
    ['no attendee', 'review.book', booking({ clientId: 'c' }, { attendees: [] }), 'at attendees'],
    [
      'a made-up cadence',
      'review.book',
      booking({ clientId: 'c' }, { cadence: { kind: 'daily' } }),
      'at cadence',
    ],
    [
      'an end before the start',
      'review.book',
      booking({ clientId: 'c' }, { end: '2026-03-03T09:00:00Z' }),
      'review.book',
    ],
    ['an unknown field', 'review.book', booking({ clientId: 'c' }, { sneaky: 1 }), 'at sneaky'],
    [
      'an occurrence change without its occurrence',
      'review.cancel',
      { id: 'r1', scope: 'occurrence' },
      'review.cancel',
    ],
  ])('refuses %s', async (_what, type, payload, where) => {
    const reply = await send(type, payload);
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain(where);
  });

  it('lets only Accord’s own pages connect a calendar', async () => {
    expect((await send('calendar.connect', { provider: 'google' })).ok).toBe(false);
    const reply = await send('calendar.connect', { provider: 'google' }, optionsPage);
    expect(reply).toMatchObject({
      ok: true,
      data: { google: { connected: true }, defaultProvider: 'google' },
    });
  });

  it('books a review as an .ics file with no account, creating the client and writing the agenda', async () => {
    const reply = await send(
      'review.book',
      booking(
        { clientKey: 'domain:newclient.example', clientName: 'New Client' },
        { cadence: { kind: 'monthly' } },
      ),
    );
    expect(reply.ok).toBe(true);
    const { client, reviews } = reply.data as unknown as {
      client: { id: string; name: string };
      reviews: { icsText: string; status: string; title: string; agenda: string }[];
    };
    expect(client.name).toBe('New Client');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ status: 'booked', title: 'Review with New Client' });
    expect(reviews[0]!.icsText).toContain('ATTENDEE');
    expect(reviews[0]!.icsText).toMatch(/RRULE:FREQ=MONTHLY/);
    expect(reviews[0]!.agenda).toContain('First review.');
    expect(await fakeBrowser.storage.local.get(LEDGER_REVISION_KEY)).toHaveProperty(LEDGER_REVISION_KEY);

    const listed = await send('reviews.forClient', { clientId: client.id });
    expect(listed.data).toMatchObject([{ status: 'booked', title: 'Review with New Client' }]);
  });

  it('proposes free slots around the calendar’s busy time, in both zones', async () => {
    const reply = await send('review.proposeSlots', {
      provider: 'google',
      lengthMinutes: 60,
      count: 2,
      clientTimeZone: 'America/New_York',
      window: { start: '2026-03-02T00:00:00Z', end: '2026-03-04T00:00:00Z' },
    });
    expect(reply.ok).toBe(true);
    const data = reply.data as unknown as {
      slots: { start: string; label: { client: string } }[];
      busyKnown: boolean;
      timeZone: string;
    };
    expect(data.timeZone).toBe('UTC');
    expect(data.busyKnown).toBe(true);
    expect(data.slots.map((s) => s.start)).toEqual(['2026-03-02T10:00:00Z', '2026-03-02T10:30:00Z']);
    expect(data.slots[0]!.label.client).toMatch(/05:00.*\(client\)/);
  });

  it('books through the calendar with the attendees, the recurrence and the ledger’s agenda, and saves it', async () => {
    const { clientId } = await clientWithItems();
    const reply = await send(
      'review.book',
      booking({ clientId }, { provider: 'google', cadence: { kind: 'biweekly' } }),
    );
    expect(reply.ok).toBe(true);
    expect(calendar.created).toHaveLength(1);
    const event = calendar.created[0]!;
    expect(event.attendees).toEqual([{ name: 'Priya Raman', email: 'priya.raman@acme.com' }]);
    expect(event.recurrence).toEqual({ cadence: 'biweekly' });
    expect(event.wantsVideo).toBe(true);
    expect(event.description).toContain(
      'Open on our side:\n- We will send the revised proposal. (due 2026-03-20)',
    );
    expect(event.description).toContain('Open on their side:');
    const listed = await send('reviews.forClient', { clientId });
    expect(listed.data).toMatchObject([
      { id: event.id, status: 'booked', htmlLink: `https://calendar.test/${event.id}` },
    ]);
  });

  it('books the same booking (same request id) once, however often it is sent', async () => {
    const { clientId } = await clientWithItems();
    const requestId = '0123456789abcdefghijklmnop';
    const request = booking({ clientId }, { provider: 'google', requestId });
    const first = await send('review.book', request);
    const second = await send('review.book', request);
    expect(first.ok && second.ok).toBe(true);
    expect(calendar.created.map((e) => e.id)).toEqual([requestId]);
    expect((second.data as unknown as { reviews: { id: string }[] }).reviews.map((r) => r.id)).toEqual([
      requestId,
    ]);
    expect(((await send('reviews.forClient', { clientId })).data as unknown as unknown[]).length).toBe(1);
    // A new choice (another request id) is another booking.
    await send(
      'review.book',
      booking({ clientId }, { provider: 'google', requestId: 'vvvvvvvvvvvvvvvvvvvvvvvvvv' }),
    );
    expect(calendar.created).toHaveLength(2);
  });

  it('writes the next agenda since the last review', async () => {
    const { clientId } = await clientWithItems();
    const db = await ledger();
    await db.put('reviews', { id: 'past1', clientId, start: '2026-02-02T10:00:00Z', status: 'booked' });
    await send('review.book', booking({ clientId }, { provider: 'google' }));
    expect(calendar.created[0]!.description).toContain('Since the last review on 2026-02-02.');
  });

  it('keeps an offline booking pending, shows it, and finishes it once from the outbox', async () => {
    const { clientId } = await clientWithItems();
    calendar.state.offline = true;
    const reply = await send('review.book', booking({ clientId }, { provider: 'google' }));
    expect(reply).toMatchObject({ ok: true, data: { reviews: [{ status: 'pending' }] } });
    const pending = await send('reviews.forClient', { clientId });
    expect(pending.data).toMatchObject([
      { status: 'pending', outbox: 'pending', note: expect.stringMatching(/offline/i) },
    ]);

    calendar.state.offline = false;
    await retryOutbox(env, ledger);
    await retryOutbox(env, ledger);
    expect(calendar.created).toHaveLength(1);
    expect(calendar.calls.filter((c) => c === 'create')).toHaveLength(2);
    const done = await send('reviews.forClient', { clientId });
    expect(done.data).toEqual([expect.objectContaining({ status: 'booked' })]);
    expect(done.data).not.toMatchObject([{ outbox: expect.anything() }]);
  });

  it('shows a booking cut short before the ledger saw it, straight from the outbox', async () => {
    const { clientId } = await clientWithItems();
    const review = {
      id: 'cutshort1',
      clientId,
      provider: 'google' as const,
      eventId: null,
      htmlLink: null,
      joinUrl: null,
      title: 'Review',
      start: '2026-03-05T10:00:00Z',
      end: '2026-03-05T10:30:00Z',
      timeZone: 'UTC',
      recurrence: null,
      attendees: [],
      agenda: '',
      status: 'pending' as const,
      sequence: 0,
      wantsVideo: false,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    await outbox.enqueue({
      reviewId: review.id,
      provider: 'google',
      review,
      op: { kind: 'create', event: { ...review, description: '' } },
    });
    expect((await send('reviews.forClient', { clientId })).data).toMatchObject([
      { id: 'cutshort1', outbox: 'pending' },
    ]);
  });

  it('reschedules and cancels the series through the calendar', async () => {
    const { clientId } = await clientWithItems();
    const booked = await send(
      'review.book',
      booking({ clientId }, { provider: 'google', cadence: { kind: 'weekly' } }),
    );
    const id = (booked.data as unknown as { reviews: { id: string }[] }).reviews[0]!.id;
    const moved = await send('review.reschedule', {
      id,
      start: '2026-03-04T14:00:00Z',
      end: '2026-03-04T14:30:00Z',
      scope: 'series',
    });
    expect(moved).toMatchObject({ ok: true, data: { start: '2026-03-04T14:00:00Z', sequence: 1 } });
    const cancelled = await send('review.cancel', { id, scope: 'series' });
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(calendar.calls).toEqual(['create', 'update', 'cancel']);
    expect((await send('reviews.forClient', { clientId })).data).toMatchObject([{ id, status: 'cancelled' }]);
  });

  it('says so when a milestone cadence has no date ahead', async () => {
    const { clientId } = await clientWithItems();
    const reply = await send(
      'review.book',
      booking({ clientId }, { cadence: { kind: 'beforeDate', date: '2026-03-10', offset: { months: 1 } } }),
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/already past/) });
  });

  it('books one review per open due date for "N days before each due date"', async () => {
    const { clientId } = await clientWithItems();
    const reply = await send(
      'review.book',
      booking({ clientId }, { cadence: { kind: 'beforeEachDue', offset: { days: 2 } } }),
    );
    expect(reply.ok).toBe(true);
    const reviews = (reply.data as unknown as { reviews: { start: string }[] }).reviews;
    // The items are due 2026-03-06 (the fixture's default) and 2026-03-20: two days before each.
    expect(reviews.map((r) => r.start.slice(0, 10))).toEqual(['2026-03-04', '2026-03-18']);
  });

  it('falls back to .ics when the default calendar is disconnected', async () => {
    await send('calendar.connect', { provider: 'microsoft' }, optionsPage);
    const reply = await send('calendar.disconnect', { provider: 'microsoft' }, optionsPage);
    expect(reply).toMatchObject({
      ok: true,
      data: { defaultProvider: 'ics', microsoft: { connected: false } },
    });
  });
});
