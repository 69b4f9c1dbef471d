import { DateTime } from 'luxon';
import { findFreeSlots, mergeBusy, type WorkingHours } from '../../../src/calendar/slots';
import { formatSlot } from '../../../src/calendar/slotFormat';

const weekdays = [1, 2, 3, 4, 5];
const ny: WorkingHours = { timeZone: 'America/New_York', days: weekdays, start: '09:00', end: '17:00' };
const london: WorkingHours = { timeZone: 'Europe/London', days: weekdays, start: '09:00', end: '17:00' };

function local(slotIso: string, zone: string): string {
  return DateTime.fromISO(slotIso, { zone }).toFormat('ccc yyyy-LL-dd HH:mm');
}

describe('findFreeSlots', () => {
  it('proposes consecutive slots from the start of the working day when the calendar is empty', () => {
    const slots = findFreeSlots({
      busy: [],
      window: { start: '2026-03-02', end: '2026-03-07' },
      hours: london,
      lengthMinutes: 30,
      stepMinutes: 30,
      now: new Date('2026-03-01T12:00:00Z'),
      count: 3,
    });
    expect(slots.map((s) => local(s.start, 'Europe/London'))).toEqual([
      'Mon 2026-03-02 09:00',
      'Mon 2026-03-02 09:30',
      'Mon 2026-03-02 10:00',
    ]);
    expect(slots[0]!.end).toBe('2026-03-02T09:30:00+00:00');
  });

  it('keeps 09:00 local on both sides of the New York spring-forward change', () => {
    // DST starts Sunday 2026-03-08 in New York: offset -05:00 before, -04:00 after.
    const slots = findFreeSlots({
      busy: [],
      window: { start: '2026-03-06', end: '2026-03-10' },
      hours: ny,
      lengthMinutes: 60,
      stepMinutes: 480,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 2,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-06T09:00:00-05:00', '2026-03-09T09:00:00-04:00']);
    expect(DateTime.fromISO(slots[1]!.start).toUTC().hour).toBe(13);
    expect(DateTime.fromISO(slots[0]!.start).toUTC().hour).toBe(14);
  });

  it('keeps working hours in local time across the London autumn change', () => {
    // BST ends Sunday 2026-10-25.
    const slots = findFreeSlots({
      busy: [],
      window: { start: '2026-10-23', end: '2026-10-27' },
      hours: { ...london, start: '16:00', end: '17:00' },
      lengthMinutes: 60,
      stepMinutes: 60,
      now: new Date('2026-10-01T00:00:00Z'),
      count: 2,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-10-23T16:00:00+01:00', '2026-10-26T16:00:00+00:00']);
  });

  it('finds nothing inside an all-day event given as dates and resumes the next day', () => {
    const slots = findFreeSlots({
      busy: [{ start: '2026-03-02', end: '2026-03-03' }],
      window: { start: '2026-03-02', end: '2026-03-05' },
      hours: ny,
      lengthMinutes: 30,
      stepMinutes: 30,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 1,
    });
    expect(local(slots[0]!.start, 'America/New_York')).toBe('Tue 2026-03-03 09:00');
  });

  it('treats overlapping and touching busy blocks as one and starts on the step grid after them', () => {
    const busy = [
      { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:15:00-05:00' },
      { start: '2026-03-02T10:00:00-05:00', end: '2026-03-02T11:00:00-05:00' },
      { start: '2026-03-02T16:00:00Z', end: '2026-03-02T16:40:00Z' }, // 11:00–11:40 local, touching
    ];
    expect(mergeBusy(busy, 'America/New_York')).toHaveLength(1);
    const slots = findFreeSlots({
      busy,
      window: { start: '2026-03-02', end: '2026-03-03' },
      hours: ny,
      lengthMinutes: 30,
      stepMinutes: 15,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 2,
    });
    expect(slots.map((s) => local(s.start, 'America/New_York'))).toEqual([
      'Mon 2026-03-02 11:45',
      'Mon 2026-03-02 12:00',
    ]);
  });

  it('skips a slot that a busy block crossing midnight still covers in the morning', () => {
    const slots = findFreeSlots({
      busy: [{ start: '2026-03-02T22:00:00+00:00', end: '2026-03-03T10:00:00+00:00' }],
      window: { start: '2026-03-03', end: '2026-03-04' },
      hours: london,
      lengthMinutes: 60,
      stepMinutes: 60,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 1,
    });
    expect(slots[0]!.start).toBe('2026-03-03T10:00:00+00:00');
  });

  it('proposes slots in a working period that runs past midnight', () => {
    const slots = findFreeSlots({
      busy: [{ start: '2026-03-02T22:00:00+00:00', end: '2026-03-03T00:00:00+00:00' }],
      window: { start: '2026-03-02', end: '2026-03-04' },
      hours: { timeZone: 'Europe/London', days: [1], start: '22:00', end: '02:00' },
      lengthMinutes: 60,
      stepMinutes: 60,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 3,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-03T00:00:00+00:00', '2026-03-03T01:00:00+00:00']);
  });

  it('never proposes a time before now and honours non-working days', () => {
    const slots = findFreeSlots({
      busy: [],
      window: { start: '2026-03-06', end: '2026-03-10' },
      hours: london,
      lengthMinutes: 30,
      stepMinutes: 30,
      now: new Date('2026-03-06T16:40:00Z'), // Friday, after the last 30-minute slot fits
      count: 1,
    });
    expect(local(slots[0]!.start, 'Europe/London')).toBe('Mon 2026-03-09 09:00');
  });

  it('returns fewer slots than asked when the window is full', () => {
    const slots = findFreeSlots({
      busy: [{ start: '2026-03-02T09:30:00+00:00', end: '2026-03-02T17:00:00+00:00' }],
      window: { start: '2026-03-02', end: '2026-03-03' },
      hours: london,
      lengthMinutes: 30,
      stepMinutes: 30,
      now: new Date('2026-03-01T00:00:00Z'),
      count: 5,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-02T09:00:00+00:00']);
  });

  it('rejects malformed working hours', () => {
    expect(() =>
      findFreeSlots({
        busy: [],
        window: { start: '2026-03-02', end: '2026-03-03' },
        hours: { ...london, start: '9am' },
        lengthMinutes: 30,
        stepMinutes: 30,
        now: new Date('2026-03-01T00:00:00Z'),
        count: 1,
      }),
    ).toThrow(/HH:MM/);
  });
});

describe('formatSlot', () => {
  const slot = { start: '2026-03-03T15:00:00+00:00', end: '2026-03-03T15:30:00+00:00' };

  it('shows the slot in the user zone and the client zone when they differ', () => {
    const label = formatSlot(slot, 'Europe/London', 'America/New_York');
    expect(label.user).toBe('Tue 3 Mar, 15:00–15:30 GMT');
    expect(label.client).toBe('Tue 3 Mar, 10:00–10:30 GMT-5 (client)');
    expect(label.text).toBe(`${label.user} · ${label.client}`);
  });

  it('shows the client day when the zone difference moves the slot to another date', () => {
    const label = formatSlot(slot, 'Europe/London', 'Asia/Tokyo');
    expect(label.client).toBe('Wed 4 Mar, 00:00–00:30 GMT+9 (client)');
  });

  it('leaves out the client part when the client zone is unknown or has the same offset', () => {
    expect(formatSlot(slot, 'Europe/London').client).toBeNull();
    expect(formatSlot(slot, 'Europe/London', 'Europe/Lisbon').client).toBeNull();
  });
});

describe('slots proposed from a window that opens mid-day', () => {
  it('stay on the working day’s grid instead of starting at the odd current time', () => {
    const slots = findFreeSlots({
      busy: [],
      window: { start: '2026-03-03T10:17:42.260Z', end: '2026-03-04T00:00:00Z' },
      hours: { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
      lengthMinutes: 30,
      stepMinutes: 30,
      now: new Date('2026-03-03T10:17:42.260Z'),
      count: 2,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-03T10:30:00Z', '2026-03-03T11:00:00Z']);
  });
});
