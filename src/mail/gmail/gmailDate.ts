/**
 * Gmail's message dates → ISO 8601 with an offset.
 *
 * Gmail renders dates in the browser's time zone and UI language, with no offset:
 * `span.g3[title]` holds "Mon, Mar 2, 2026, 9:15 AM" (en-US) or "Mon, 2 Mar 2026, 09:15"
 * (en-GB); the visible text is shorter ("Mar 2", "9:15 AM (3 days ago)"). The wall-clock
 * time is read here and the offset comes from a zone function, so tests can pin the zone
 * (process.env.TZ cannot be changed reliably once a process runs).
 *
 * Hand-written rather than luxon/chrono: the grammar is small and fixed, and the content
 * script has a 40 KB gzipped budget that luxon alone would take half of.
 */

/** A local wall-clock time, month 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Offset from UTC in minutes (east positive, e.g. -300 for New York in winter) at a wall-clock time. */
export type ZoneOffset = (wall: WallClock) => number;

/** The runtime's own zone: what Gmail itself used to render the date. */
export const localZoneOffset: ZoneOffset = (w) =>
  -new Date(w.year, w.month - 1, w.day, w.hour, w.minute).getTimezoneOffset();

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`;
const MONTH = String.raw`([a-z]{3,9})\.?`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?`;
const SEP = String.raw`(?:,\s*|\s+at\s+|\s+)`;

// All patterns are anchored and free of nested quantifiers (checked with recheck in tests).
const US_FULL = new RegExp(
  String.raw`^(?:${WEEKDAY})?${MONTH}\s+(\d{1,2}),?\s+(\d{4})(?:${SEP}${TIME})?$`,
  'i',
);
const UK_FULL = new RegExp(
  String.raw`^(?:${WEEKDAY})?(\d{1,2})\s+${MONTH},?\s+(\d{4})(?:${SEP}${TIME})?$`,
  'i',
);
const US_NO_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?${MONTH}\s+(\d{1,2})(?:${SEP}${TIME})?$`, 'i');
const UK_NO_YEAR = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})\s+${MONTH}(?:${SEP}${TIME})?$`, 'i');
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`, 'i');
const RELATIVE = /\((\d+|an?|one)\s+(minute|hour|day|week)s?\s+ago\)\s*$/i;

/** Every pattern above, for the ReDoS check in the tests. */
export const GMAIL_DATE_PATTERNS: readonly RegExp[] = [
  US_FULL,
  UK_FULL,
  US_NO_YEAR,
  UK_NO_YEAR,
  TIME_ONLY,
  RELATIVE,
];

/** Collapse the narrow and ordinary no-break spaces Chrome's date formatting uses. */
function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function monthIndex(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
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

/** Today's date in the zone, as the zone's wall clock at `now`. */
function wallClockAt(now: Date, zone: ZoneOffset): WallClock {
  // Two passes: the offset depends on the wall clock it produces (DST edges).
  let offset = zone(utcWall(now));
  for (let i = 0; i < 2; i++) offset = zone(utcWall(new Date(now.getTime() + offset * 60_000)));
  return utcWall(new Date(now.getTime() + offset * 60_000));
}

function utcWall(d: Date): WallClock {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const UNIT_MS: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** "(3 days ago)" → milliseconds ago, or 0 when the text has no relative part. */
function relativeAgoMs(text: string): number {
  const match = RELATIVE.exec(text);
  if (!match?.[1] || !match[2]) return 0;
  const n = /^\d+$/.test(match[1]) ? Number(match[1]) : 1;
  return n * (UNIT_MS[match[2].toLowerCase()] ?? 0);
}

/** Parse Gmail's date text into a local wall-clock time, or null when it is not one we know. */
export function parseGmailWallClock(
  raw: string,
  now: Date,
  zone: ZoneOffset = localZoneOffset,
): WallClock | null {
  const full = normalise(raw);
  const text = full.replace(/\s*\([^)]*\)\s*$/, '');
  const time = (h?: string, m?: string, ap?: string) =>
    h === undefined ? { hour: 0, minute: 0 } : { hour: to24h(Number(h), ap), minute: Number(m) };

  let m = US_FULL.exec(text);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month) return valid({ year: Number(m[3]), month, day: Number(m[2]), ...time(m[4], m[5], m[6]) });
  }
  m = UK_FULL.exec(text);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month) return valid({ year: Number(m[3]), month, day: Number(m[1]), ...time(m[4], m[5], m[6]) });
  }
  const today = wallClockAt(now, zone);
  // A date shown without a year is in the past year when it would otherwise be in the future.
  const yearOf = (month: number, day: number) =>
    month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
  m = US_NO_YEAR.exec(text);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month)
      return valid({
        year: yearOf(month, Number(m[2])),
        month,
        day: Number(m[2]),
        ...time(m[3], m[4], m[5]),
      });
  }
  m = UK_NO_YEAR.exec(text);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month)
      return valid({
        year: yearOf(month, Number(m[1])),
        month,
        day: Number(m[1]),
        ...time(m[3], m[4], m[5]),
      });
  }
  m = TIME_ONLY.exec(text);
  if (m) {
    // "9:15 AM (3 days ago)": the date comes from the relative part; a bare time is today.
    const day = wallClockAt(new Date(now.getTime() - relativeAgoMs(full)), zone);
    return valid({ ...day, ...time(m[1], m[2], m[3]) });
  }
  return null;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** "2026-03-02T09:15:00-05:00" from a wall-clock time and its zone. */
export function formatWithOffset(w: WallClock, zone: ZoneOffset = localZoneOffset): string {
  const offset = zone(w);
  const sign = offset < 0 ? '-' : '+';
  const zonePart = `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:00${zonePart}`;
}

/** Gmail date text → ISO 8601 with offset, or null when the text is not a date we can read. */
export function gmailDateToIso(raw: string, now: Date, zone: ZoneOffset = localZoneOffset): string | null {
  const wall = parseGmailWallClock(raw, now, zone);
  return wall ? formatWithOffset(wall, zone) : null;
}
