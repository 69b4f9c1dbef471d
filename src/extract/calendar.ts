/**
 * Plain calendar arithmetic on days, for the deadline idioms of dates.ts. A day is a whole
 * number of days since 1970-01-01 (the message's local calendar day in the user's zone):
 * adding days, weeks and months to it needs no zone, and is several times cheaper than the
 * zoned luxon DateTime these idioms used before (the same days, checked on every gold and
 * email-intent message in five zones, 2 December 2026). Months add as luxon adds them: the
 * day is clamped to the target month's length (31 January + 1 month = 28 February).
 */

const DAY_MS = 86_400_000;

/** The day of a calendar date; out-of-range months and days roll over (Date.UTC semantics). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day on which a UTC instant, shifted by the zone's offset in minutes, falls. */
export function dayAt(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * 60_000) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function partsOfDay(day: number): YearMonthDay {
  const t = new Date(day * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year and month `n` months after the given one (n may be negative). */
function monthAfter(year: number, month: number, n: number): { year: number; month: number } {
  const index = month - 1 + n;
  const years = Math.floor(index / 12);
  return { year: year + years, month: index - years * 12 + 1 };
}

/** `n` months later, the day clamped to that month's length. */
export function addMonths(day: number, n: number): number {
  const p = partsOfDay(day);
  const t = monthAfter(p.year, p.month, n);
  return dayOf(t.year, t.month, Math.min(p.day, daysInMonth(t.year, t.month)));
}

/** `n` working days later (Saturday and Sunday skipped). */
export function addBusinessDays(day: number, n: number): number {
  let out = day;
  let left = n;
  while (left > 0) {
    out++;
    if (weekdayOf(out) <= 5) left--;
  }
  return out;
}

/** The last day of the month that `day` is in. */
export function endOfMonth(day: number): number {
  const p = partsOfDay(day);
  return dayOf(p.year, p.month, daysInMonth(p.year, p.month));
}

/** The last day of the quarter that `day` is in. */
export function endOfQuarter(day: number): number {
  const p = partsOfDay(day);
  const month = Math.ceil(p.month / 3) * 3;
  return dayOf(p.year, month, daysInMonth(p.year, month));
}

/** `YYYY-MM-DD` for a calendar day, or null when it does not exist (31 February). */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return t.toISOString().slice(0, 10);
}

export function shiftIsoDay(iso: string, days: number): string {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
