/**
 * The plain calendar arithmetic of the deadline idioms must give the days luxon gave before
 * (luxon in UTC, where no zone can shift a day): months clamp the day, business days skip
 * weekends, quarters and months end where the calendar says.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addMonths,
  dayAt,
  dayOf,
  endOfMonth,
  endOfQuarter,
  isoOfDay,
  partsOfDay,
  weekdayOf,
} from '../../../src/extract/calendar';

/** Every day from 1 January 2024 to 31 December 2028 (two leap years). */
const days: DateTime[] = [];
for (let d = DateTime.utc(2024, 1, 1); d.year < 2029; d = d.plus({ days: 1 })) days.push(d);

const dayFor = (d: DateTime) => dayOf(d.year, d.month, d.day);

describe('calendar days', () => {
  it('round-trip through parts and ISO dates, with the ISO weekday', () => {
    for (const d of days) {
      const n = dayFor(d);
      expect(isoOfDay(n)).toBe(d.toISODate());
      expect(partsOfDay(n)).toEqual({ year: d.year, month: d.month, day: d.day });
      expect(weekdayOf(n)).toBe(d.weekday);
    }
  });

  it('add months as luxon does, clamping the day to the month', () => {
    for (const d of days)
      for (const n of [0, 1, 2, 3, 11, 12, 13, 25])
        expect(isoOfDay(addMonths(dayFor(d), n))).toBe(d.plus({ months: n }).toISODate());
    expect(isoOfDay(addMonths(dayOf(2026, 1, 31), 1))).toBe('2026-02-28');
    expect(isoOfDay(addMonths(dayOf(2028, 1, 31), 1))).toBe('2028-02-29');
  });

  it('end months and quarters where luxon ends them', () => {
    for (const d of days) {
      expect(isoOfDay(endOfMonth(dayFor(d)))).toBe(d.endOf('month').toISODate());
      expect(isoOfDay(endOfQuarter(dayFor(d)))).toBe(d.endOf('quarter').toISODate());
    }
  });

  it('skip Saturdays and Sundays when adding business days', () => {
    expect(isoOfDay(addBusinessDays(dayOf(2026, 3, 6), 1))).toBe('2026-03-09'); // Friday → Monday
    expect(isoOfDay(addBusinessDays(dayOf(2026, 3, 7), 5))).toBe('2026-03-13'); // Saturday + 5
    expect(isoOfDay(addBusinessDays(dayOf(2026, 3, 2), 0))).toBe('2026-03-02');
  });

  it('roll an impossible day over into the next month, as luxon `set` does', () => {
    expect(isoOfDay(dayOf(2026, 4, 31))).toBe('2026-05-01');
    expect(isoOfDay(dayOf(2026, 13, 5))).toBe('2027-01-05');
  });

  it('read the local day of an instant from the zone offset', () => {
    const ms = Date.parse('2026-03-02T03:30:00Z');
    expect(isoOfDay(dayAt(ms, -300))).toBe('2026-03-01'); // New York, the evening before
    expect(isoOfDay(dayAt(ms, 330))).toBe('2026-03-02'); // Kolkata
  });
});
