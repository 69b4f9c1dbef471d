/**
 * A VTIMEZONE block for an IANA zone, built from luxon's zone data. The `ics` library writes
 * only UTC or floating times, and a weekly review written in UTC would move by an hour for
 * the attendees at every DST change; with DTSTART;TZID plus this block it keeps its local time.
 */
import { DateTime } from 'luxon';

interface Transition {
  /** Instant of the change. */
  at: number;
  from: number; // offset in minutes before
  to: number; // offset in minutes after
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offset changes in a calendar year, found by daily sampling then bisection to the minute. */
function transitionsIn(zone: string, year: number): Transition[] {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const out: Transition[] = [];
  let t = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  while (t < end) {
    const next = t + DAY;
    if (offsetAt(t) !== offsetAt(next)) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(mid) === offsetAt(lo)) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: offsetAt(lo), to: offsetAt(hi) });
    }
    t = next;
  }
  return out;
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF + space (ASCII here). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += i === 0 ? 75 : 74) parts.push(line.slice(i, i === 0 ? 75 : i + 74));
  return parts.join('\r\n ');
}

function fmtOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/** Wall-clock time just before the change, in the old offset (how VTIMEZONE DTSTART is written). */
function localStart(tr: Transition): DateTime {
  return DateTime.fromMillis(tr.at + tr.from * 60_000, { zone: 'UTC' });
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function byDay(local: DateTime): string {
  const nth = local.day + 7 > local.daysInMonth! ? -1 : Math.ceil(local.day / 7);
  return `${nth}${DAYS[local.weekday - 1]}`;
}

/** The yearly rule of a transition, if it also reproduces the same change one year later. */
function yearlyRule(zone: string, tr: Transition): string | null {
  const local = localStart(tr);
  const rule = `FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${byDay(local)}`;
  const later = transitionsIn(zone, local.year + 1).find((x) => x.to === tr.to && x.from === tr.from);
  if (!later) return null;
  const l2 = localStart(later);
  const sameRule =
    l2.month === local.month && byDay(l2) === byDay(local) && l2.toFormat('HHmm') === local.toFormat('HHmm');
  return sameRule ? rule : null;
}

/**
 * VTIMEZONE lines (CRLF-joined, no trailing CRLF) valid from `fromYear` on. Zones without
 * DST get one STANDARD block; zones with a regular yearly rule get RRULEs; anything
 * irregular gets the actual change dates (RDATE) for the next `years` years.
 */
export function vtimezone(zone: string, fromYear: number, years = 10): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const first = transitionsIn(zone, fromYear);
  if (first.length === 0) {
    const off = fmtOffset(DateTime.fromObject({ year: fromYear }, { zone }).offset);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${off}`, `TZOFFSETTO:${off}`);
    lines.push('END:STANDARD', 'END:VTIMEZONE');
    return lines.join('\r\n');
  }
  for (const tr of first) {
    const kind = tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD';
    const rule = yearlyRule(zone, tr);
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStart(tr).toFormat("yyyyLLdd'T'HHmmss")}`);
    lines.push(`TZOFFSETFROM:${fmtOffset(tr.from)}`, `TZOFFSETTO:${fmtOffset(tr.to)}`);
    if (rule) lines.push(`RRULE:${rule}`);
    else {
      const rdates: string[] = [];
      for (let y = fromYear + 1; y < fromYear + years; y++) {
        for (const x of transitionsIn(zone, y)) {
          if (x.from === tr.from && x.to === tr.to) rdates.push(localStart(x).toFormat("yyyyLLdd'T'HHmmss"));
        }
      }
      if (rdates.length) lines.push(foldLine(`RDATE:${rdates.join(',')}`));
    }
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
