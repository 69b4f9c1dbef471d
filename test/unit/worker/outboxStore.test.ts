import { OUTBOX_KEY, createOutbox, type OutboxEntry } from '../../../src/calendar/outbox';
import type { Review } from '../../../src/calendar/types';
import { saveReviews } from '../../../src/ledger';
import { ledgerOutboxStore, migrateLegacyOutbox, vouchedFor } from '../../../src/worker/outboxStore';
import { restrictLocalStorage } from '../../../src/worker/storageAccess';
import { freshLedger } from '../ledger/fixtures';
import { review as event } from '../calendar/helpers';

const booked: Review = {
  id: 'a1b2c3d4e5f6g7h8i9j0',
  clientId: 'c1',
  provider: 'google',
  eventId: 'a1b2c3d4e5f6g7h8i9j0',
  htmlLink: null,
  joinUrl: null,
  title: event.title,
  start: event.start,
  end: event.end,
  timeZone: event.timeZone,
  recurrence: null,
  attendees: event.attendees,
  agenda: event.description,
  status: 'booked',
  sequence: 0,
  wantsVideo: false,
  createdAt: '2026-03-01T12:00:00Z',
  updatedAt: '2026-03-01T12:00:00Z',
};
const known = { ...event, id: booked.id, recurrence: null, wantsVideo: false };
const entry = (overrides: Partial<OutboxEntry> & { op: OutboxEntry['op'] }): OutboxEntry => ({
  key: `${booked.id}:${overrides.op.kind}`,
  reviewId: booked.id,
  provider: 'google',
  review: booked,
  enqueuedAt: '2026-03-01T12:00:00Z',
  attempts: 0,
  ...overrides,
});
const legitCancel = entry({ op: { kind: 'cancel', scope: 'series', known } });
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `P${i}`, email: `p${i}@evil.example` }));

/** storage.local as the worker sees it, holding what a content script (or v2) left there. */
function legacyArea(value: unknown) {
  const data: Record<string, unknown> = { [OUTBOX_KEY]: value };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    remove: async (key: string) => void delete data[key],
  };
}

describe('the outbox in the ledger’s IndexedDB (issue 10, item 1)', () => {
  it('keeps entries in the order they were queued, across connections', async () => {
    const db = await freshLedger();
    const outbox = createOutbox(ledgerOutboxStore(async () => db));
    for (const id of ['zzzzz', 'aaaaa', 'mmmmm'])
      await outbox.enqueue({
        reviewId: id,
        provider: 'google',
        op: { kind: 'create', event: { ...event, id } },
        review: { ...booked, id },
      });
    const again = createOutbox(ledgerOutboxStore(async () => db));
    expect((await again.list()).map((e) => e.reviewId)).toEqual(['zzzzz', 'aaaaa', 'mmmmm']);
    await again.remove('aaaaa:create');
    expect((await db.getAll('outbox')).map((r) => r.key).sort()).toEqual(['mmmmm:create', 'zzzzz:create']);
  });

  it('moves a storage.local entry the ledger vouches for, drops forged ones, and deletes the key', async () => {
    const db = await freshLedger();
    await saveReviews(db, [booked]);
    const forged = [
      // A 150-attendee event for a review Accord never saved.
      entry({
        reviewId: 'vvvvvvvvvv',
        key: 'vvvvvvvvvv:create',
        review: { ...booked, id: 'vvvvvvvvvv', eventId: null },
        op: { kind: 'create', event: { ...known, id: 'vvvvvvvvvv', attendees: people(100) } },
      }),
      // A DELETE of another event, dressed as our review.
      entry({
        review: { ...booked, eventId: 'someoneelsesevent' },
        op: { kind: 'cancel', scope: 'series', known },
      }),
      // A PATCH that invites a spy to our own review.
      entry({
        op: {
          kind: 'update',
          scope: 'series',
          patch: { attendees: [...event.attendees, ...people(1)] },
          known,
        },
      }),
      // Not even an entry.
      { key: 'x', op: 'DELETE' },
    ];
    const area = legacyArea([legitCancel, ...forged]);
    expect(await migrateLegacyOutbox(area, async () => db)).toEqual({ kept: 1, dropped: 4 });
    expect((await db.getAll('outbox')).map((r) => r.entry)).toEqual([legitCancel]);
    expect(area.data).toEqual({});
    // Run again (next worker start): nothing left to move, nothing duplicated.
    expect(await migrateLegacyOutbox(area, async () => db)).toEqual({ kept: 0, dropped: 0 });
    expect(await db.count('outbox')).toBe(1);
  });

  it('refuses entries that break the router’s limits even for a real review', () => {
    const tooMany = { ...booked, attendees: people(150) };
    expect(
      vouchedFor(
        entry({
          review: tooMany,
          op: { kind: 'cancel', scope: 'series', known: { ...known, attendees: people(150) } },
        }),
        tooMany,
      ),
    ).toBe(false);
    expect(vouchedFor(legitCancel, booked)).toBe(true);
    expect(vouchedFor(legitCancel, undefined)).toBe(false);
    expect(vouchedFor({ ...legitCancel, provider: 'microsoft' }, booked)).toBe(false);
  });
});

describe('storage.local’s access level', () => {
  it('is set to trusted contexts only', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictLocalStorage({ setAccessLevel })).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('reports, without throwing, a browser that cannot restrict it (Firefox: session only)', async () => {
    expect(await restrictLocalStorage({})).toBe(false);
    expect(
      await restrictLocalStorage({ setAccessLevel: async () => Promise.reject(new Error('unsupported')) }),
    ).toBe(false);
  });
});
