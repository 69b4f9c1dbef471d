/**
 * The runtime's own zone read from Date (localZone.ts) must give exactly what the Intl reading
 * gives for that zone's name, daylight-saving changes and local mean time included: the worker
 * extracts with LOCAL_ZONE whenever the user set no zone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../../src/extract/sentTime';
import { LOCAL_ZONE, localOffsetMinutes, localZoneName } from '../../../src/extract/localZone';

const ZONES = [
  'UTC',
  'America/New_York',
  'America/St_Johns', // -3:30, daylight saving
  'America/Sao_Paulo', // daylight saving until 2019
  'Europe/London',
  'Europe/Amsterdam', // +0:19:32 local mean time until 1937
  'Europe/Dublin', // negative daylight saving in tzdata
  'Africa/Monrovia', // -0:44:30 until 1972
  'Asia/Kolkata',
  'Asia/Kathmandu', // +5:45
  'Australia/Lord_Howe', // a 30-minute daylight-saving shift
  'Pacific/Chatham', // +12:45 / +13:45
  'Pacific/Apia', // skipped 30 December 2011
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every 31 hours (so every hour of the day comes round) from 1890 to 2045. */
function sweep(): number[] {
  const out: number[] = [];
  for (let t = Date.UTC(1890, 0, 1); t < Date.UTC(2045, 0, 1); t += 31 * HOUR) out.push(t);
  return out;
}

/** Instants on each side of every offset change the sweep crosses, to the millisecond. */
function edges(zone: string, instants: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < instants.length; i++) {
    let lo = instants[i - 1]!;
    let hi = instants[i]!;
    if (zoneOffsetMinutes(zone, lo) === zoneOffsetMinutes(zone, hi)) continue;
    const before = zoneOffsetMinutes(zone, lo);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zoneOffsetMinutes(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    for (const d of [-DAY, -HOUR, -60_000, -1000, -1, 0, 1, 1000, 60_000, HOUR, DAY]) out.push(hi + d);
  }
  return out;
}

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('the local zone read from Date', () => {
  const instants = sweep();

  for (const zone of ZONES)
    it(`gives the Intl reading's offsets in ${zone}, at every instant and change`, () => {
      process.env.TZ = zone;
      // The runtime follows TZ (else this test would prove nothing).
      const july = Date.UTC(2026, 6, 1);
      expect(new Date(july).getTimezoneOffset() + (zoneOffsetMinutes(zone, july) ?? NaN)).toBe(0);
      const all = [...instants, ...edges(zone, instants)];
      const mismatches = all.filter(
        (t) => !Object.is(zoneOffsetMinutes(LOCAL_ZONE, t), zoneOffsetMinutes(zone, t)),
      );
      expect(mismatches.map((t) => new Date(t).toISOString())).toEqual([]);
    });

  it('leaves offsets of local mean time (seconds) to the Intl reading', () => {
    process.env.TZ = 'Africa/Monrovia';
    const t = Date.parse('1970-06-01T12:00:00Z');
    expect(localOffsetMinutes(t)).toBeNull();
    expect(zoneOffsetMinutes(LOCAL_ZONE, t)).toBe(-44); // -0:44:30, rounded as Intl's reading rounds
    expect(localZoneName()).toBe('Africa/Monrovia');
  });

  it('gives 0, not -0, in UTC', () => {
    process.env.TZ = 'UTC';
    expect(Object.is(localOffsetMinutes(Date.parse('2026-03-02T14:15:00Z')), 0)).toBe(true);
  });
});
