/**
 * "Measure": how each side kept its word with one client. An item counts once it is
 * settled: done (early, on time or late against its due date) or missed. Renegotiated items
 * are judged against the date both sides agreed last, which is the point of renegotiating.
 */
import type { LedgerItem, Side } from '../core';

export interface SideScore {
  early: number;
  onTime: number;
  late: number;
  missed: number;
  /** Done with no due date to judge against. */
  undated: number;
  /** Kept (early + on time) out of everything judged (early + on time + late + missed), 0..1; null when nothing is judged yet. */
  keptRate: number | null;
}

export type Scorecard = Record<Side, SideScore>;

export function scorecard(items: LedgerItem[]): Scorecard {
  return {
    us: score(items.filter((i) => i.owner === 'us')),
    client: score(items.filter((i) => i.owner === 'client')),
  };
}

function score(items: LedgerItem[]): SideScore {
  const s: SideScore = { early: 0, onTime: 0, late: 0, missed: 0, undated: 0, keptRate: null };
  for (const item of items) {
    if (item.status === 'missed') s.missed++;
    if (item.status !== 'done') continue;
    if (!item.due || !item.doneOn) s.undated++;
    else if (item.doneOn < item.due) s.early++;
    else if (item.doneOn === item.due) s.onTime++;
    else s.late++;
  }
  const judged = s.early + s.onTime + s.late + s.missed;
  s.keptRate = judged === 0 ? null : (s.early + s.onTime) / judged;
  return s;
}

// ——— The detailed scorecard (dashboard, client page, printable summary) ———

/** Kept out of judged, for one period. */
export interface RateWindow {
  /** First and last calendar day of the window, inclusive. */
  from: string;
  to: string;
  kept: number;
  judged: number;
  /** kept / judged, 0..1; null when nothing was settled in the window. */
  rate: number | null;
}

/** One calendar month's on-time rate, for the chart. */
export interface MonthRate {
  /** `YYYY-MM`. */
  month: string;
  kept: number;
  judged: number;
  rate: number | null;
}

/** Everything the dashboard shows about how one side kept its word. */
export interface SideRecord extends SideScore {
  /** Average calendar days ahead of the due date, over the early items; null when none. */
  averageDaysEarly: number | null;
  /** Average calendar days after the due date, over the late items; null when none. */
  averageDaysLate: number | null;
  /** Still owed (proposed, confirmed or renegotiated). */
  open: number;
  /** Still owed and due before today. */
  overdue: number;
  /** Done items the user marked as delivered beyond what was agreed. */
  extra: number;
  /** Items settled in the last 90 days (today included). */
  last90: RateWindow;
  /** Items settled in the 90 days before those. */
  previous90: RateWindow;
  /** last90.rate − previous90.rate (−1..1); null unless both windows judged something. */
  trend: number | null;
  /** The last `months` calendar months, oldest first, the current month last. */
  months: MonthRate[];
}

export interface DetailedScorecard {
  /** The day the windows end on, in the user's time zone. */
  today: string;
  us: SideRecord;
  client: SideRecord;
}

export interface ScorecardClock {
  /** `YYYY-MM-DD` in the user's time zone. */
  today: string;
  /** IANA zone the user's days are counted in (a missed item's day comes from an instant). */
  timeZone: string;
  /** How many months the chart shows (default 6). */
  months?: number;
}

const WINDOW_DAYS = 90;

/**
 * Per side: early (and by how much), on time, late (and by how much), missed, open, extra,
 * the on-time rate over the last 90 days against the 90 before, and month by month.
 *
 * An item is "settled" on the day it was done (`doneOn`, already a day in the user's zone)
 * or, when missed, on the day the user marked it missed (the last `status:missed` entry's
 * instant, read in `timeZone`; its due date when history has none). Days early and late
 * are calendar days between two dates, counted in UTC arithmetic, so a DST change between
 * them never makes a day of 23 or 25 hours count as less or more than one day.
 */
export function detailedScorecard(items: LedgerItem[], clock: ScorecardClock): DetailedScorecard {
  return {
    today: clock.today,
    us: sideRecord(
      items.filter((i) => i.owner === 'us'),
      clock,
    ),
    client: sideRecord(
      items.filter((i) => i.owner === 'client'),
      clock,
    ),
  };
}

function sideRecord(items: LedgerItem[], clock: ScorecardClock): SideRecord {
  const base = score(items);
  const early: number[] = [];
  const late: number[] = [];
  let open = 0;
  let overdue = 0;
  let extra = 0;
  const last90 = emptyWindow(shiftDay(clock.today, -(WINDOW_DAYS - 1)), clock.today);
  const previous90 = emptyWindow(
    shiftDay(clock.today, -(2 * WINDOW_DAYS - 1)),
    shiftDay(clock.today, -WINDOW_DAYS),
  );
  const months = lastMonths(clock.today, clock.months ?? 6);
  for (const item of items) {
    if (isOpen(item)) {
      open++;
      if (item.due && item.due < clock.today) overdue++;
      continue;
    }
    if (item.status === 'done' && item.extra) extra++;
    const verdict = judge(item);
    if (verdict === null) continue;
    if (verdict.kind === 'early') early.push(verdict.days);
    if (verdict.kind === 'late') late.push(verdict.days);
    const kept = verdict.kind === 'early' || verdict.kind === 'onTime';
    const day = settledOn(item, clock.timeZone);
    if (!day) continue;
    for (const window of [last90, previous90]) {
      if (day >= window.from && day <= window.to) tally(window, kept);
    }
    const month = months.find((m) => m.month === day.slice(0, 7));
    if (month) tally(month, kept);
  }
  const trend = last90.rate !== null && previous90.rate !== null ? last90.rate - previous90.rate : null;
  return {
    ...base,
    averageDaysEarly: average(early),
    averageDaysLate: average(late),
    open,
    overdue,
    extra,
    last90,
    previous90,
    trend,
    months,
  };
}

type Verdict = { kind: 'early' | 'late'; days: number } | { kind: 'onTime' | 'missed' };

/** How a settled item kept its date; null for open, cancelled and undated-done items. */
function judge(item: LedgerItem): Verdict | null {
  if (item.status === 'missed') return { kind: 'missed' };
  if (item.status !== 'done' || !item.due || !item.doneOn) return null;
  const days = daysBetween(item.due, item.doneOn);
  if (days < 0) return { kind: 'early', days: -days };
  if (days > 0) return { kind: 'late', days };
  return { kind: 'onTime' };
}

/** The user's calendar day an item was settled on (see detailedScorecard). */
export function settledOn(item: LedgerItem, timeZone: string): string | null {
  if (item.status === 'done') return item.doneOn ?? null;
  if (item.status !== 'missed') return null;
  const marked = [...item.history].reverse().find((h) => h.action === 'status:missed');
  if (marked) return dayInZone(marked.at, timeZone);
  return item.due;
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in an IANA time zone. */
export function dayInZone(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = dayFormatter(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// Building an Intl.DateTimeFormat costs far more than using one (a scorecard over 100,000
// items builds thousands of days), so one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone || undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function isOpen(item: LedgerItem): boolean {
  return item.status === 'proposed' || item.status === 'confirmed' || item.status === 'renegotiated';
}

function utcMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function shiftDay(day: string, days: number): string {
  return new Date(utcMidnight(day) + days * 86_400_000).toISOString().slice(0, 10);
}

function emptyWindow(from: string, to: string): RateWindow {
  return { from, to, kept: 0, judged: 0, rate: null };
}

function tally(bucket: { kept: number; judged: number; rate: number | null }, kept: boolean): void {
  bucket.judged++;
  if (kept) bucket.kept++;
  bucket.rate = bucket.kept / bucket.judged;
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** `count` months ending with today's, oldest first. */
function lastMonths(today: string, count: number): MonthRate[] {
  const [y, m] = today.split('-').map(Number);
  const out: MonthRate[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = y! * 12 + (m! - 1) - back;
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    out.push({ month, kept: 0, judged: 0, rate: null });
  }
  return out;
}
