import type { HistoryEntry, LedgerItem } from '../../../src/core';
import { dayInZone, daysBetween, detailedScorecard, settledOn } from '../../../src/ledger/scorecard';

let n = 0;
function item(
  owner: 'us' | 'client',
  status: LedgerItem['status'],
  due: string | null,
  extra: Partial<LedgerItem> = {},
): LedgerItem {
  return {
    id: `i${++n}`,
    clientId: 'c',
    kind: 'deliverable',
    owner,
    text: 'x',
    due,
    amount: null,
    status,
    source: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    history: [],
    ...extra,
  };
}
const done = (owner: 'us' | 'client', due: string | null, doneOn: string, more: Partial<LedgerItem> = {}) =>
  item(owner, 'done', due, { doneOn, ...more });
const missedAt = (owner: 'us' | 'client', due: string, at: string) =>
  item(owner, 'missed', due, {
    history: [{ at, by: 'user', action: 'status:missed' } satisfies HistoryEntry],
  });

const CLOCK = { today: '2026-06-30', timeZone: 'UTC' };

describe('the detailed scorecard', () => {
  it('counts each side’s early, on-time, late, missed, open, overdue and extra items', () => {
    const card = detailedScorecard(
      [
        done('us', '2026-06-10', '2026-06-07'),
        done('us', '2026-06-10', '2026-06-09'),
        done('us', '2026-06-10', '2026-06-10', { extra: true }),
        done('us', '2026-06-10', '2026-06-14'),
        missedAt('us', '2026-06-01', '2026-06-02T12:00:00Z'),
        item('us', 'confirmed', '2026-06-29'),
        item('us', 'proposed', '2026-07-02'),
        item('us', 'cancelled', '2026-06-01'),
        done('client', '2026-06-10', '2026-06-11'),
        item('client', 'renegotiated', null),
      ],
      CLOCK,
    );
    expect(card.us).toMatchObject({
      early: 2,
      averageDaysEarly: 2,
      onTime: 1,
      late: 1,
      averageDaysLate: 4,
      missed: 1,
      open: 2,
      overdue: 1,
      extra: 1,
      keptRate: 3 / 5,
    });
    expect(card.client).toMatchObject({ late: 1, averageDaysLate: 1, open: 1, overdue: 0, extra: 0 });
    expect(card.client.averageDaysEarly).toBeNull();
  });

  it('rates the last 90 days against the 90 before and gives the trend', () => {
    const card = detailedScorecard(
      [
        // last 90 days: 2026-04-02 .. 2026-06-30 — 3 of 4 kept
        done('us', '2026-04-02', '2026-04-02'),
        done('us', '2026-06-30', '2026-06-29'),
        done('us', '2026-05-01', '2026-05-01'),
        done('us', '2026-05-01', '2026-05-03'),
        // previous 90: 2026-01-02 .. 2026-04-01 — 1 of 2 kept
        done('us', '2026-04-01', '2026-04-01'),
        done('us', '2026-01-03', '2026-01-05'),
        // older than 180 days: counts all-time only
        done('us', '2026-01-01', '2026-01-01'),
      ],
      CLOCK,
    );
    expect(card.us.last90).toEqual({ from: '2026-04-02', to: '2026-06-30', kept: 3, judged: 4, rate: 0.75 });
    expect(card.us.previous90).toEqual({
      from: '2026-01-02',
      to: '2026-04-01',
      kept: 1,
      judged: 2,
      rate: 0.5,
    });
    expect(card.us.trend).toBeCloseTo(0.25);
    expect(card.us.keptRate).toBeCloseTo(5 / 7);
    expect(card.client.trend).toBeNull();
  });

  it('charts the last six calendar months, oldest first, across a year boundary', () => {
    const card = detailedScorecard(
      [done('us', '2025-12-31', '2025-12-31'), done('us', '2026-02-01', '2026-02-03')],
      { today: '2026-02-15', timeZone: 'UTC' },
    );
    expect(card.us.months.map((m) => m.month)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(card.us.months[3]).toEqual({ month: '2025-12', kept: 1, judged: 1, rate: 1 });
    expect(card.us.months[5]).toEqual({ month: '2026-02', kept: 0, judged: 1, rate: 0 });
    expect(card.us.months[4]!.rate).toBeNull();
  });

  it('puts a missed item on the user’s day it was marked, read in their time zone', () => {
    // 23:30 in New York on 31 March is already 1 April in UTC and in Tokyo.
    const late = missedAt('us', '2026-03-20', '2026-03-31T23:30:00-04:00');
    expect(settledOn(late, 'America/New_York')).toBe('2026-03-31');
    expect(settledOn(late, 'UTC')).toBe('2026-04-01');
    expect(settledOn(late, 'Asia/Tokyo')).toBe('2026-04-01');
    // With the 90-day window ending 30 June, 31 March is outside it and 1 April inside.
    const ny = detailedScorecard([late], { today: '2026-06-29', timeZone: 'America/New_York' });
    const tokyo = detailedScorecard([late], { today: '2026-06-29', timeZone: 'Asia/Tokyo' });
    expect(ny.us.last90.judged).toBe(0);
    expect(ny.us.previous90.judged).toBe(1);
    expect(tokyo.us.last90.judged).toBe(1);
  });

  it('falls back to the due date for a missed item with no history', () => {
    expect(settledOn(item('client', 'missed', '2026-05-05'), 'UTC')).toBe('2026-05-05');
  });

  it('counts whole calendar days across daylight-saving changes', () => {
    // US clocks went forward on 8 March 2026 and Europe’s on 29 March; back on 1 and 25 October.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
    const card = detailedScorecard([done('us', '2026-03-07', '2026-03-09')], {
      today: '2026-03-31',
      timeZone: 'America/New_York',
    });
    expect(card.us.averageDaysLate).toBe(2);
  });

  it('reads instants at the edge of a day in the zone, including the DST jump', () => {
    expect(dayInZone('2026-03-08T06:59:59Z', 'America/New_York')).toBe('2026-03-08');
    expect(dayInZone('2026-03-08T04:59:59Z', 'America/New_York')).toBe('2026-03-07');
    expect(dayInZone('2026-03-29T00:30:00Z', 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayInZone('2026-03-28T22:59:59Z', 'Europe/Berlin')).toBe('2026-03-28');
    expect(dayInZone('2026-01-01T10:00:00Z', 'Pacific/Kiritimati')).toBe('2026-01-02');
  });

  it('treats the 90-day window as inclusive at both ends', () => {
    const card = detailedScorecard(
      [done('us', '2026-04-02', '2026-04-02'), done('us', '2026-04-01', '2026-04-01')],
      CLOCK,
    );
    expect(card.us.last90.judged).toBe(1);
    expect(card.us.previous90.judged).toBe(1);
  });
});
