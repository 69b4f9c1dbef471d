/**
 * Reminder planning: which reminders are due now and when the next one is, across lead
 * times, status changes, edits of the due date, catch-up after the browser was closed,
 * snoozes, time zones and DST at day boundaries.
 */
import type { LedgerItem } from '../../../src/core';
import {
  dayIn,
  digestId,
  planDigest,
  planReminders,
  reminderId,
  remindersFor,
  wallTime,
  type PlanInput,
} from '../../../src/reminders/plan';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../../src/reminders/reminderSettings';

const item = (overrides: Partial<LedgerItem> & { id: string }): LedgerItem => ({
  clientId: 'c1',
  kind: 'deliverable',
  owner: 'us',
  text: 'Send the revised proposal',
  due: '2026-03-10',
  amount: null,
  status: 'confirmed',
  source: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  history: [],
  ...overrides,
});

const LONDON = 'Europe/London';
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function plan(overrides: Partial<PlanInput> & { now: number }) {
  return planReminders({
    items: [],
    settings: DEFAULT_REMINDERS,
    zone: LONDON,
    fired: new Set(),
    snoozes: [],
    ...overrides,
  });
}

describe('reminder times', () => {
  it('defaults to 2 days before and on the day for what we owe, on the day for what the client owes', () => {
    const ours = remindersFor(item({ id: 'a' }), DEFAULT_REMINDERS, LONDON);
    expect(ours.map((r) => [r.leadDays, iso(r.at)])).toEqual([
      [2, '2026-03-08T09:00:00.000Z'],
      [0, '2026-03-10T09:00:00.000Z'],
    ]);
    const theirs = remindersFor(item({ id: 'b', owner: 'client' }), DEFAULT_REMINDERS, LONDON);
    expect(theirs.map((r) => [r.leadDays, iso(r.at)])).toEqual([[0, '2026-03-10T09:00:00.000Z']]);
  });

  it('uses the configured lead times and time of day, and none for a side with no lead times', () => {
    const settings: ReminderSettings = {
      ...DEFAULT_REMINDERS,
      usLeadDays: [7, 1],
      clientLeadDays: [],
      time: '17:30',
    };
    expect(remindersFor(item({ id: 'a' }), settings, LONDON).map((r) => iso(r.at))).toEqual([
      '2026-03-03T17:30:00.000Z',
      '2026-03-09T17:30:00.000Z',
    ]);
    expect(remindersFor(item({ id: 'b', owner: 'client' }), settings, LONDON)).toEqual([]);
  });

  it('keeps 09:00 local on both sides of a DST change (London, spring forward on 29 March 2026)', () => {
    const before = remindersFor(item({ id: 'a', due: '2026-03-28' }), DEFAULT_REMINDERS, LONDON);
    const after = remindersFor(item({ id: 'b', due: '2026-03-31' }), DEFAULT_REMINDERS, LONDON);
    expect(iso(before[1]!.at)).toBe('2026-03-28T09:00:00.000Z'); // GMT
    expect(iso(after[0]!.at)).toBe('2026-03-29T08:00:00.000Z'); // 09:00 BST on the change day
    expect(iso(after[1]!.at)).toBe('2026-03-31T08:00:00.000Z');
  });

  it('moves a time inside the spring-forward gap to just after it (New York, 8 March 2026)', () => {
    const settings = { ...DEFAULT_REMINDERS, time: '02:30' };
    const [onTheDay] = remindersFor(
      item({ id: 'a', owner: 'client', due: '2026-03-08' }),
      settings,
      'America/New_York',
    );
    expect(iso(onTheDay!.at)).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('fires an hour before a due time earlier than the reminder time, on the day', () => {
    const call = item({ id: 'a', owner: 'client', due: '2026-03-10', dueTime: '08:00' });
    expect(iso(remindersFor(call, DEFAULT_REMINDERS, LONDON)[0]!.at)).toBe('2026-03-10T07:00:00.000Z');
  });

  it('counts the day in the user’s zone, not UTC’s', () => {
    const lateEvening = Date.parse('2026-03-09T23:30:00Z');
    expect(dayIn('Asia/Tokyo', lateEvening)).toBe('2026-03-10');
    expect(dayIn('America/Los_Angeles', lateEvening)).toBe('2026-03-09');
    expect(iso(wallTime('2026-03-10', '09:00', 'Asia/Tokyo'))).toBe('2026-03-10T00:00:00.000Z');
  });
});

describe('planning', () => {
  const a = item({ id: 'a' });

  it('shows a reminder once its time has come and plans the next one', () => {
    const result = plan({ items: [a], now: Date.parse('2026-03-08T09:00:30Z') });
    expect(result.show).toEqual([{ itemId: 'a', reminderId: reminderId('a', '2026-03-10', 2) }]);
    expect(iso(result.nextAt)).toBe('2026-03-10T09:00:00.000Z');
  });

  it('never shows a reminder already in the log again', () => {
    const fired = new Set([reminderId('a', '2026-03-10', 2)]);
    const result = plan({ items: [a], now: Date.parse('2026-03-08T12:00:00Z'), fired });
    expect(result.show).toEqual([]);
    expect(iso(result.nextAt)).toBe('2026-03-10T09:00:00.000Z');
  });

  it('shows nothing before the time, and says when', () => {
    const result = plan({ items: [a], now: Date.parse('2026-03-08T08:59:00Z') });
    expect(result.show).toEqual([]);
    expect(iso(result.nextAt)).toBe('2026-03-08T09:00:00.000Z');
  });

  it('shows none for done, cancelled or missed items, nor for undated ones', () => {
    const now = Date.parse('2026-03-10T10:00:00Z');
    for (const status of ['done', 'cancelled', 'missed'] as const) {
      expect(plan({ items: [item({ id: 'x', status })], now })).toMatchObject({ show: [], nextAt: null });
    }
    expect(plan({ items: [item({ id: 'y', due: null })], now })).toMatchObject({ show: [], nextAt: null });
  });

  it('shows none once the due day has passed in the user’s zone', () => {
    // 00:30 on 11 March in Tokyo is still 10 March in UTC: the item is already overdue there.
    const result = plan({ items: [a], zone: 'Asia/Tokyo', now: Date.parse('2026-03-10T15:30:00Z') });
    expect(result.show).toEqual([]);
  });

  it('catching up after the browser was closed, shows only the latest reminder and passes over the rest', () => {
    const result = plan({ items: [a], now: Date.parse('2026-03-10T12:00:00Z') });
    expect(result.show).toEqual([{ itemId: 'a', reminderId: reminderId('a', '2026-03-10', 0) }]);
    expect(result.passOver).toEqual([reminderId('a', '2026-03-10', 2)]);
  });

  it('skips a reminder whose time came before the item was added', () => {
    const added = item({ id: 'b', createdAt: '2026-03-08T15:00:00.000Z' });
    const result = plan({ items: [added], now: Date.parse('2026-03-08T15:00:01Z') });
    expect(result.show).toEqual([]);
    expect(iso(result.nextAt)).toBe('2026-03-10T09:00:00.000Z');
  });

  it('plans again from the new date when the due date changes', () => {
    const fired = new Set([reminderId('a', '2026-03-10', 2)]);
    const moved = item({
      id: 'a',
      due: '2026-03-17',
      status: 'renegotiated',
      history: [
        {
          at: '2026-03-09T10:00:00.000Z',
          by: 'user',
          action: 'renegotiated',
          from: { due: '2026-03-10' },
          to: { due: '2026-03-17' },
        },
      ],
    });
    const before = plan({ items: [moved], now: Date.parse('2026-03-09T10:00:01Z'), fired });
    expect(before.show).toEqual([]);
    expect(iso(before.nextAt)).toBe('2026-03-15T09:00:00.000Z');
    const then = plan({ items: [moved], now: Date.parse('2026-03-15T09:00:00Z'), fired });
    expect(then.show).toEqual([{ itemId: 'a', reminderId: reminderId('a', '2026-03-17', 2) }]);
  });

  it('an edit that leaves the date alone changes nothing', () => {
    const edited = item({
      id: 'a',
      history: [
        {
          at: '2026-03-08T10:00:00.000Z',
          by: 'user',
          action: 'edited',
          from: { text: 'x' },
          to: { text: 'y' },
        },
      ],
    });
    const fired = new Set([reminderId('a', '2026-03-10', 2)]);
    expect(plan({ items: [edited], now: Date.parse('2026-03-08T10:00:01Z'), fired }).show).toEqual([]);
  });

  it('holds an item’s reminders while it is snoozed, then shows it once', () => {
    const until = Date.parse('2026-03-08T10:00:00Z');
    const held = plan({
      items: [a],
      now: Date.parse('2026-03-08T09:30:00Z'),
      snoozes: [{ itemId: 'a', until }],
    });
    expect(held.show).toEqual([]);
    expect(held.nextAt).toBe(until);
    const ended = plan({ items: [a], now: until, snoozes: [{ itemId: 'a', until }] });
    expect(ended.show).toEqual([{ itemId: 'a', reminderId: null, snoozedUntil: until }]);
    expect(ended.passOver).toEqual([reminderId('a', '2026-03-10', 2)]);
    expect(ended.endedSnoozes).toEqual(['a']);
  });

  it('drops the snooze of an item that was done meanwhile, without showing it', () => {
    const done = item({ id: 'a', status: 'done', doneOn: '2026-03-08' });
    const result = plan({
      items: [done],
      now: Date.parse('2026-03-08T11:00:00Z'),
      snoozes: [{ itemId: 'a', until: 1 }],
    });
    expect(result).toMatchObject({ show: [], endedSnoozes: ['a'] });
  });
});

describe('the morning digest', () => {
  const on = { ...DEFAULT_REMINDERS, digest: true, digestTime: '08:30' };

  it('is off by default', () => {
    expect(planDigest(DEFAULT_REMINDERS, LONDON, Date.parse('2026-03-08T10:00:00Z'), new Set())).toEqual({
      showDay: null,
      nextAt: null,
    });
  });

  it('comes once a day, at its time, and plans tomorrow’s', () => {
    const before = planDigest(on, LONDON, Date.parse('2026-03-08T08:00:00Z'), new Set());
    expect(before).toEqual({ showDay: null, nextAt: Date.parse('2026-03-08T08:30:00Z') });
    const at = planDigest(on, LONDON, Date.parse('2026-03-08T08:30:00Z'), new Set());
    expect(at).toEqual({ showDay: '2026-03-08', nextAt: Date.parse('2026-03-09T08:30:00Z') });
    const again = planDigest(
      on,
      LONDON,
      Date.parse('2026-03-08T12:00:00Z'),
      new Set([digestId('2026-03-08')]),
    );
    expect(again.showDay).toBeNull();
  });
});
