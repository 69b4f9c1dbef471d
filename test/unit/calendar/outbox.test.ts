import { OfflineError, ProviderError } from '../../../src/http/errors';
import { OUTBOX_KEY, createOutbox } from '../../../src/calendar/outbox';
import {
  OUTBOX_ALARM,
  clearOutboxRetry,
  isOutboxAlarm,
  scheduleOutboxRetry,
} from '../../../src/calendar/outboxAlarm';
import type { Review } from '../../../src/calendar/types';
import { review as event } from './helpers';
import { memoryStore } from './memoryStore';

const review = (id: string): Review => ({
  id,
  clientId: 'c1',
  provider: 'google',
  eventId: null,
  htmlLink: null,
  joinUrl: null,
  title: event.title,
  start: event.start,
  end: event.end,
  timeZone: event.timeZone,
  recurrence: null,
  attendees: event.attendees,
  agenda: event.description,
  status: 'pending',
  sequence: 0,
  wantsVideo: false,
  createdAt: '2026-03-01T12:00:00Z',
  updatedAt: '2026-03-01T12:00:00Z',
});
const create = (id: string) => ({
  reviewId: id,
  provider: 'google' as const,
  op: { kind: 'create' as const, event: { ...event, id } },
  review: review(id),
});

describe('outbox', () => {
  it('persists entries so a new worker (a new outbox over the same storage) sees them', async () => {
    const store = memoryStore();
    await createOutbox(store).enqueue(create('aaaaa'));
    const after = await createOutbox(store).list();
    expect(after.map((e) => e.key)).toEqual(['aaaaa:create']);
    expect(store.data.has(OUTBOX_KEY)).toBe(true);
    expect(store.data.get(OUTBOX_KEY)).not.toMatch(/token/i);
  });

  it('keeps one entry per event id and operation when the same booking is queued twice', async () => {
    const outbox = createOutbox(memoryStore());
    await outbox.enqueue(create('aaaaa'));
    await outbox.enqueue({
      ...create('aaaaa'),
      op: { kind: 'create', event: { ...event, id: 'aaaaa', title: 'Renamed' } },
    });
    const entries = await outbox.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.op.kind === 'create' && entries[0]!.op.event.title).toBe('Renamed');
  });

  it('removes an entry only after it was sent, and tries each pending one once per drain', async () => {
    const outbox = createOutbox(memoryStore());
    await outbox.enqueue(create('aaaaa'));
    await outbox.enqueue(create('bbbbb'));
    const tried: string[] = [];
    const report = await outbox.drain(async (e) => {
      tried.push(e.reviewId);
      if (e.reviewId === 'aaaaa') throw new OfflineError('down');
      return 'ok';
    });
    expect(tried).toEqual(['aaaaa', 'bbbbb']);
    expect(report.sent.map((s) => s.entry.reviewId)).toEqual(['bbbbb']);
    expect(report.pending.map((e) => [e.reviewId, e.attempts])).toEqual([['aaaaa', 1]]);
    expect((await outbox.list()).map((e) => [e.key, e.attempts, e.lastError])).toEqual([
      ['aaaaa:create', 1, 'You seem to be offline. Accord saved the booking and will retry.'],
    ]);
  });

  it('passes over an entry being sent right now, so a drain meanwhile never sends it twice', async () => {
    // The worker's start-up retry can drain while the booking that wrote the entry is still
    // waiting for the calendar (found by the reviews e2e test, 5 December 2026).
    const outbox = createOutbox(memoryStore());
    const entry = await outbox.enqueue(create('aaaaa'));
    let answer!: () => void;
    const sent: string[] = [];
    const booking = outbox.sending(entry.key, async () => {
      sent.push('booking');
      await new Promise<void>((resolve) => (answer = resolve));
      return 'booked';
    });
    const report = await outbox.drain(async (e) => {
      sent.push(`drain ${e.reviewId}`);
      return 'ok';
    });
    expect(report).toEqual({ sent: [], failed: [], pending: [] });
    answer();
    await expect(booking).resolves.toBe('booked');
    expect(sent).toEqual(['booking']);
    // Once the booking is over, a drain sends what is still there.
    await outbox.drain(async (e) => {
      sent.push(`drain ${e.reviewId}`);
      return 'ok';
    });
    expect(sent).toEqual(['booking', 'drain aaaaa']);
  });

  it('holds back later operations of a review whose earlier one failed, and keeps refused ones as failed', async () => {
    const outbox = createOutbox(memoryStore());
    await outbox.enqueue(create('aaaaa'));
    await outbox.enqueue({
      ...create('aaaaa'),
      op: { kind: 'cancel', scope: 'series', known: { ...event, id: 'aaaaa' } },
    });
    const tried: string[] = [];
    const refused = new ProviderError('forbidden', 403, 'Refused.', false);
    const report = await outbox.drain(async (e) => {
      tried.push(e.key);
      throw refused;
    });
    expect(tried).toEqual(['aaaaa:create']);
    expect(report.failed.map((e) => e.key)).toEqual(['aaaaa:create']);
    expect(report.pending.map((e) => e.key)).toEqual(['aaaaa:cancel']);
    const second = await outbox.drain(async () => 'never');
    expect(second.sent).toEqual([]);
    expect((await outbox.list()).find((e) => e.key === 'aaaaa:create')!.failed).toBe(true);
  });

  it('does not lose an entry queued while a drain is writing', async () => {
    const outbox = createOutbox(memoryStore());
    await outbox.enqueue(create('aaaaa'));
    const drained = outbox.drain(async () => 'ok');
    const queued = outbox.enqueue(create('bbbbb'));
    await Promise.all([drained, queued]);
    expect((await outbox.list()).map((e) => e.reviewId)).toEqual(['bbbbb']);
  });
});

describe('outbox alarm', () => {
  it('schedules a repeating retry no sooner than Chrome allows, and recognises its alarm', async () => {
    const created: [string, unknown][] = [];
    const cleared: string[] = [];
    const alarms = {
      create: (name: string, info: unknown) => void created.push([name, info]),
      clear: async (name: string) => void cleared.push(name),
    };
    await scheduleOutboxRetry(alarms, 0.1);
    await clearOutboxRetry(alarms);
    expect(created).toEqual([[OUTBOX_ALARM, { delayInMinutes: 0.5, periodInMinutes: 5 }]]);
    expect(cleared).toEqual([OUTBOX_ALARM]);
    expect(isOutboxAlarm({ name: OUTBOX_ALARM })).toBe(true);
    expect(isOutboxAlarm({ name: 'other' })).toBe(false);
  });
});
