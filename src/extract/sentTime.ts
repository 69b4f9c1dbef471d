/**
 * When a message was sent, as the date code needs it: the instant and the zone's offset for
 * chrono, the calendar day for the deadline idioms, and (rarely) a zoned luxon DateTime.
 * Everything is computed on first use, once per message.
 */
import { DateTime } from 'luxon';
import { dayAt, dayOf } from './calendar';
import type { DateContext } from './dates';
import { ianaZoneOf, LOCAL_ZONE, localOffsetMinutes } from './localZone';

export const SENT_TIME_PATTERNS = {
  /** The numbers of an en-US formatted instant, month/day/year, hour:minute:second. */
  formattedNumbers: /\d+/g,
  /** The end of a `longOffset` date: "GMT+05:30", "GMT-05:00" (never one with seconds). */
  statedOffset: /GMT([+-])(\d{2}):(\d{2})$/,
  /** A date-time with an explicit offset (seconds and milliseconds optional). */
  fullDateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/,
} as const;

/**
 * The context for a message: its sent time in the user's zone (its own offset if the zone is
 * unknown; LOCAL_ZONE is the runtime's own). Built lazily: most messages never need a date, and zone math is the costly part.
 */
export function dateContext(
  sentAt: string,
  timeZone: string,
  dayFirst: boolean | (() => boolean),
): DateContext {
  return new MessageDates(sentAt, timeZone, dayFirst);
}

/**
 * A class rather than an object of getters over closures: one is made for every message, and
 * an object literal with accessors and the closures it reads cost more to build than the
 * fields they compute (profiled 2026-12-02).
 */
class MessageDates implements DateContext {
  private zonedSent: DateTime | null = null;
  private today: string | null = null;
  private day: number | null = null;
  private ref: { instant: Date; timezone: number } | null = null;
  // The common path (chrono's reference, today's date) avoids luxon: Date.parse and one cached
  // Intl formatter per zone are several times cheaper than a zoned DateTime per message.
  private fast: { ms: number; offset: number } | null | undefined = undefined;
  private first: boolean | null;

  constructor(
    private readonly sentAt: string,
    private readonly timeZone: string,
    private readonly dayFirstOf: boolean | (() => boolean),
  ) {
    this.first = typeof dayFirstOf === 'boolean' ? dayFirstOf : null;
  }

  private zoned(): DateTime {
    if (this.zonedSent) return this.zonedSent;
    let at = DateTime.fromISO(this.sentAt, { setZone: true });
    if (!at.isValid) at = DateTime.fromMillis(0, { zone: 'utc' });
    const z = at.setZone(ianaZoneOf(this.timeZone));
    this.zonedSent = z.isValid ? z : at;
    return this.zonedSent;
  }

  private quick(): { ms: number; offset: number } | null {
    if (this.fast !== undefined) return this.fast;
    const ms = Date.parse(this.sentAt);
    const offset = Number.isNaN(ms) ? null : zoneOffsetMinutes(this.timeZone, ms);
    this.fast = offset === null ? null : { ms, offset };
    return this.fast;
  }

  get dayFirst(): boolean {
    const d = this.dayFirstOf;
    this.first ??= typeof d === 'function' ? d() : d;
    return this.first;
  }

  get sent(): DateTime {
    return this.zoned();
  }

  get sentDay(): number {
    if (this.day !== null) return this.day;
    // Date.parse and luxon agree on the instant of a full date-time with its offset; anything
    // else (no offset, an unknown zone) is read as luxon reads it.
    const q = SENT_TIME_PATTERNS.fullDateTime.test(this.sentAt) ? this.quick() : null;
    const z = q ? null : this.zoned();
    this.day = q ? dayAt(q.ms, q.offset) : dayOf(z!.year, z!.month, z!.day);
    return this.day;
  }

  get todayIso(): string {
    const q = this.quick();
    this.today ??= q
      ? new Date(q.ms + q.offset * 60_000).toISOString().slice(0, 10)
      : (this.zoned().toISODate() ?? '1970-01-01');
    return this.today;
  }

  get chronoRef(): { instant: Date; timezone: number } {
    const q = this.quick();
    this.ref ??= q
      ? { instant: new Date(q.ms), timezone: q.offset }
      : { instant: this.zoned().toJSDate(), timezone: this.zoned().offset };
    return this.ref;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * Offsets already read, by zone and instant. Formatting through Intl was most of the cost of a
 * message's dates (profiled 2026-12-03), and the messages of a thread, or a client's batch,
 * often share both. Bounded: emptied when it grows past OFFSETS_KEPT instants.
 */
const offsets = new Map<string, number | null>();
const OFFSETS_KEPT = 4096;

/**
 * The zone's UTC offset in minutes at an instant, or null for an unknown zone. LOCAL_ZONE is
 * read from `Date` (no Intl set-up), and gives what Intl gives for the runtime's zone's name.
 */
export function zoneOffsetMinutes(zone: string, ms: number): number | null {
  const key = ms + ' ' + zone;
  let offset = offsets.get(key);
  if (offset !== undefined) return offset;
  offset = readZoneOffset(zone, ms);
  if (offsets.size >= OFFSETS_KEPT) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function readZoneOffset(zone: string, ms: number): number | null {
  if (zone === LOCAL_ZONE) {
    const local = localOffsetMinutes(ms);
    if (local !== null) return local;
    zone = ianaZoneOf(zone);
  }
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  if (!f) return null;
  const stated = statedOffset(zone, ms);
  if (stated !== null) return stated;
  const asUtc = wallClockAsUtc(f, ms);
  const roundedMs = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((asUtc - roundedMs) / 60_000);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The offset as the zone states it ("3/2/2026, GMT-05:00"): cheaper to format than the six
 * fields of the wall clock (this runs for every message that needs a date). Only a whole
 * number of minutes is read; anything else (an offset with seconds, as before 1972 in
 * Monrovia, or an engine without `longOffset`) gives null and the wall clock is read instead.
 */
function statedOffset(zone: string, ms: number): number | null {
  let f = offsetFormatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    offsetFormatters.set(zone, f);
  }
  const m = f ? SENT_TIME_PATTERNS.statedOffset.exec(f.format(ms)) : null;
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' && minutes !== 0 ? -minutes : minutes;
}

/**
 * The zone's wall-clock time at `ms`, read as if it were UTC. The en-US string ("3/2/2026,
 * 09:15:00") is read first: it costs about half of formatToParts' array of objects, and this
 * runs for every message that needs a date. Anything else falls back to the parts.
 */
function wallClockAsUtc(f: Intl.DateTimeFormat, ms: number): number {
  const n = f.format(ms).match(SENT_TIME_PATTERNS.formattedNumbers);
  if (n && n.length === 6) return Date.UTC(+n[2]!, +n[0]! - 1, +n[1]!, +n[3]!, +n[4]!, +n[5]!);
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}
