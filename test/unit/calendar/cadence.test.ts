import { DateTime } from 'luxon';
import { rrulestr } from 'rrule';
import { milestoneDates, recurrenceFor, toRRule, weekdayOrdinal } from '../../../src/calendar/cadence';
import { item } from './fixtures/ledger';

/**
 * Expands an RRULE the way a calendar would, in "floating" wall-clock time: rrule's
 * convention is UTC Date objects that stand for local times, so getUTC* gives local fields.
 */
function expand(rule: string, localStart: string, n: number): string[] {
  const dt = DateTime.fromISO(localStart, { zone: 'UTC' });
  const set = rrulestr(`DTSTART:${dt.toFormat("yyyyLLdd'T'HHmmss'Z'")}\nRRULE:${rule}`);
  return set
    .all((_d, i) => i < n)
    .map((d) => DateTime.fromJSDate(d, { zone: 'UTC' }).toFormat('ccc yyyy-LL-dd HH:mm'));
}

describe('toRRule', () => {
  const start = '2026-03-03T09:00:00-05:00'; // the first Tuesday of March, 09:00 in New York
  const zone = 'America/New_York';

  it('repeats weekly on the same weekday', () => {
    const rule = toRRule({ cadence: 'weekly', count: 3 }, start, zone);
    expect(rule).toContain('FREQ=WEEKLY');
    expect(expand(rule, '2026-03-03T09:00', 10)).toEqual([
      'Tue 2026-03-03 09:00',
      'Tue 2026-03-10 09:00',
      'Tue 2026-03-17 09:00',
    ]);
  });

  it('repeats every two weeks', () => {
    const rule = toRRule({ cadence: 'biweekly', count: 3 }, start, zone);
    expect(expand(rule, '2026-03-03T09:00', 10)).toEqual([
      'Tue 2026-03-03 09:00',
      'Tue 2026-03-17 09:00',
      'Tue 2026-03-31 09:00',
    ]);
  });

  it('repeats monthly on the same weekday of the month, not the same date', () => {
    const rule = toRRule({ cadence: 'monthly', count: 4 }, start, zone);
    expect(rule).toContain('BYDAY=+1TU');
    expect(expand(rule, '2026-03-03T09:00', 10)).toEqual([
      'Tue 2026-03-03 09:00',
      'Tue 2026-04-07 09:00',
      'Tue 2026-05-05 09:00',
      'Tue 2026-06-02 09:00',
    ]);
  });

  it('repeats quarterly, and a fifth weekday becomes the last one', () => {
    // 2026-03-31 is the fifth Tuesday of March.
    const rule = toRRule({ cadence: 'quarterly', count: 3 }, '2026-03-31T09:00:00-04:00', zone);
    expect(rule).toContain('INTERVAL=3');
    expect(rule).toContain('BYDAY=-1TU');
    expect(expand(rule, '2026-03-31T09:00', 10)).toEqual([
      'Tue 2026-03-31 09:00',
      'Tue 2026-06-30 09:00',
      'Tue 2026-09-29 09:00',
    ]);
  });

  it('ends on the until day, inclusive, in the event zone', () => {
    const rule = toRRule({ cadence: 'weekly', until: '2026-03-17' }, start, zone);
    expect(rule).toContain('UNTIL=20260318T035959Z');
    expect(expand(rule, '2026-03-03T09:00', 10)).toHaveLength(3);
  });

  it('has no recurrence for a one-off or a milestone cadence', () => {
    expect(recurrenceFor({ kind: 'once' })).toBeNull();
    expect(recurrenceFor({ kind: 'beforeEachDue', offset: { days: 2 } })).toBeNull();
    expect(recurrenceFor({ kind: 'monthly', count: 6 })).toEqual({ cadence: 'monthly', count: 6 });
  });

  it('counts weekday ordinals within the month', () => {
    expect(weekdayOrdinal(DateTime.fromISO('2026-03-07'))).toBe(1);
    expect(weekdayOrdinal(DateTime.fromISO('2026-03-28'))).toBe(4);
    expect(weekdayOrdinal(DateTime.fromISO('2026-03-29'))).toBe(-1);
  });
});

describe('milestoneDates', () => {
  it('puts a review a month before a launch date', () => {
    expect(
      milestoneDates({ kind: 'beforeDate', date: '2026-06-15', offset: { months: 1 } }, [], '2026-03-01'),
    ).toEqual(['2026-05-15']);
  });

  it('puts a review two days before each open due date, once per date, in order', () => {
    const items = [
      item({ text: 'Final report', due: '2026-04-10' }),
      item({ text: 'Invoice', due: '2026-03-20', owner: 'client', kind: 'payment' }),
      item({ text: 'Same day item', due: '2026-04-10' }),
      item({ text: 'Done already', due: '2026-03-25', status: 'done' }),
      item({ text: 'No date', due: null }),
      item({ text: 'Already past', due: '2026-03-02' }),
    ];
    expect(milestoneDates({ kind: 'beforeEachDue', offset: { days: 2 } }, items, '2026-03-05')).toEqual([
      '2026-03-18',
      '2026-04-08',
    ]);
  });

  it('gives no dates for a repeating cadence', () => {
    expect(milestoneDates({ kind: 'weekly' }, [], '2026-03-01')).toEqual([]);
  });
});
