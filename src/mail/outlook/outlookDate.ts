/**
 * Outlook's sent times (`SentReceivedSavedTime`) → a local wall-clock time.
 *
 * Outlook prints the time in the user's locale and settings, with no offset and no
 * machine-readable attribute: "Tue 11/17/2026 9:15 AM" (en-US), "Tue 17/11/2026 09:15"
 * (en-GB), "Di 17.11.2026 09:15" (de), "2026-11-17 09:15" (ISO setting), and for recent mail
 * "Yesterday 4:40 PM" / "Gestern 16:40", "Mon 9:15 AM" (this past week) or "9:15 AM" (today).
 *
 * Relative forms are resolved against `now` in the zone Outlook rendered them in; a weekday
 * alone names a day of the past week, so today's weekday means seven days ago. Slash
 * dates are day/month or month/day depending on the locale: the page's language decides,
 * a day above 12 or the weekday Outlook prints beside the date settles it when the
 * language does not, and when nothing settles it the result says so (`ambiguous`) rather
 * than guessing. Hand-written for the same reason as gmailDate.ts: a small fixed grammar and
 * a 40 KB budget for the content script. Every pattern is anchored, without nested quantifiers.
 */
import type { WallClock, ZoneOffset } from '../gmail/gmailDate';
import { localZoneOffset } from '../gmail/gmailDate';

export type DateOrder = 'mdy' | 'dmy' | 'unknown';

export type OutlookDateRead =
  { ok: true; wall: WallClock } | { ok: false; why: 'unknown-format' | 'ambiguous' };

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, so: 0, sonntag: 0,
  mon: 1, monday: 1, mo: 1, montag: 1,
  tue: 2, tues: 2, tuesday: 2, di: 2, dienstag: 2,
  wed: 3, wednesday: 3, mi: 3, mittwoch: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, do: 4, donnerstag: 4,
  fri: 5, friday: 5, fr: 5, freitag: 5,
  sat: 6, saturday: 6, sa: 6, samstag: 6,
}; // prettier-ignore

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, jän: 1, jänner: 1,
  feb: 2, february: 2, februar: 2,
  mar: 3, march: 3, mär: 3, mrz: 3, märz: 3,
  apr: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dez: 12, dezember: 12,
}; // prettier-ignore

const TODAY = new Set(['today', 'heute']);
const YESTERDAY = new Set(['yesterday', 'gestern']);

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?\s?(?:([ap])\.?\s?m\.?)?(?:\s?uhr)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})(?:[./-](\d{2,4}))?\.?$/;
const MONTH_FIRST = /^([a-zäöü]{3,9})\.?\s+(\d{1,2})\.?(?:\s+(\d{4}))?$/;
const DAY_FIRST = /^(\d{1,2})\.?\s+([a-zäöü]{3,9})\.?(?:\s+(\d{4}))?$/;
// The text is normalised to single spaces first, so one optional space suffices.
const LEADING_WORD = /^([a-zäöü]+)\.?(?: (.*))?$/;

/** Every pattern above, for the ReDoS check in the tests. */
export const OUTLOOK_DATE_PATTERNS: readonly RegExp[] = [
  TIME,
  ISO_DATE,
  NUMERIC_DATE,
  MONTH_FIRST,
  DAY_FIRST,
  LEADING_WORD,
];

/** The slash-date order a page language implies; `unknown` when it does not settle it. */
export function dateOrderForLanguage(lang: string): DateOrder {
  const tag = lang.trim().toLowerCase();
  if (tag === '' || tag === 'en' || tag === 'en-ca') return 'unknown';
  if (tag === 'en-us' || tag === 'es-us' || tag === 'en-ph') return 'mdy';
  return 'dmy';
}

function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009\u200e\u200f]/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function valid(w: WallClock): WallClock | null {
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
  const same =
    probe.getUTCFullYear() === w.year &&
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    w.hour < 24 &&
    w.minute < 60;
  return same ? w : null;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Today's date in the zone at `now` (two passes: the offset depends on the wall clock). */
function today(now: Date, zone: ZoneOffset): { year: number; month: number; day: number } {
  const utc = (d: Date): WallClock => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  });
  let offset = zone(utc(now));
  for (let i = 0; i < 2; i++) offset = zone(utc(new Date(now.getTime() + offset * 60_000)));
  return utc(new Date(now.getTime() + offset * 60_000));
}

function daysBefore(day: { year: number; month: number; day: number }, n: number) {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day - n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

type Day = { year: number; month: number; day: number };

/** A year left out means the most recent such date not after today. */
function withYear(month: number, day: number, ref: Day): number {
  return month > ref.month || (month === ref.month && day > ref.day) ? ref.year - 1 : ref.year;
}

function fullYear(y: string | undefined, ref: Day, month: number, day: number): number {
  if (y === undefined) return withYear(month, day, ref);
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The calendar dates a numeric "a/b/yyyy" may mean, with the order and weekday applied. */
function numericCandidates(
  m: RegExpExecArray,
  order: DateOrder,
  weekday: number | null,
  ref: Day,
): Day[] | 'ambiguous' {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dotted = m[2] === '.';
  const readings: Day[] = [];
  const dmy = { day: a, month: b };
  const mdy = { day: b, month: a };
  const orders = dotted ? [dmy] : order === 'dmy' ? [dmy] : order === 'mdy' ? [mdy] : [dmy, mdy];
  for (const o of orders) {
    if (o.month < 1 || o.month > 12) continue;
    const year = fullYear(m[4], ref, o.month, o.day);
    const day = { year, month: o.month, day: o.day };
    if (!valid({ ...day, hour: 0, minute: 0 })) continue;
    if (weekday !== null && weekdayOf(year, o.month, o.day) !== weekday) continue;
    if (!readings.some((r) => r.month === day.month && r.day === day.day)) readings.push(day);
  }
  return readings.length > 1 ? 'ambiguous' : readings;
}

/** The date part (before the time), or null when it is no date form we know. */
function readDay(rest: string, order: DateOrder, now: Date, zone: ZoneOffset): Day | 'ambiguous' | null {
  const ref = today(now, zone);
  if (rest === '' || TODAY.has(rest)) return ref;
  if (YESTERDAY.has(rest)) return daysBefore(ref, 1);

  let weekday: number | null = null;
  let datePart = rest;
  const lead = LEADING_WORD.exec(rest);
  if (lead?.[1] && WEEKDAYS[lead[1]] !== undefined) {
    weekday = WEEKDAYS[lead[1]]!;
    datePart = (lead[2] ?? '').trim();
  }
  if (datePart === '') {
    // "Mon 9:15 AM": the past week. Outlook prints today's mail with the time alone (or
    // "Today …") and yesterday's as "Yesterday …", so today's weekday here is a week ago.
    if (weekday === null) return null;
    const back = (((weekdayOf(ref.year, ref.month, ref.day) - weekday) % 7) + 7) % 7;
    return daysBefore(ref, back === 0 ? 7 : back);
  }

  let m = ISO_DATE.exec(datePart);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = NUMERIC_DATE.exec(datePart);
  if (m) {
    const found = numericCandidates(m, order, weekday, ref);
    if (found === 'ambiguous') return 'ambiguous';
    return found[0] ?? null;
  }
  m = MONTH_FIRST.exec(datePart);
  if (m && MONTHS[m[1]!] !== undefined) {
    const month = MONTHS[m[1]!]!;
    return { year: fullYear(m[3], ref, month, Number(m[2])), month, day: Number(m[2]) };
  }
  m = DAY_FIRST.exec(datePart);
  if (m && MONTHS[m[2]!] !== undefined) {
    const month = MONTHS[m[2]!]!;
    return { year: fullYear(m[3], ref, month, Number(m[1])), month, day: Number(m[1]) };
  }
  return null;
}

export function parseOutlookWallClock(
  raw: string,
  order: DateOrder,
  now: Date,
  zone: ZoneOffset = localZoneOffset,
): OutlookDateRead {
  // A sent time is a short line; anything long is not one (and bounds the matching work).
  if (raw.length > 80) return { ok: false, why: 'unknown-format' };
  const text = normalise(raw);
  const t = TIME.exec(text);
  if (!t) return { ok: false, why: 'unknown-format' };
  const rest = text
    .slice(0, t.index)
    .trim()
    .replace(/ (?:at|um)$/, '');
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  if (t[3]) {
    if (hour < 1 || hour > 12) return { ok: false, why: 'unknown-format' };
    hour = (hour % 12) + (t[3] === 'p' ? 12 : 0);
  }
  const day = readDay(rest, order, now, zone);
  if (day === 'ambiguous') return { ok: false, why: 'ambiguous' };
  if (!day) return { ok: false, why: 'unknown-format' };
  const wall = valid({ ...day, hour, minute });
  return wall ? { ok: true, wall } : { ok: false, why: 'unknown-format' };
}
