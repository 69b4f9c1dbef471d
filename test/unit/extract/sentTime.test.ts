/**
 * The zone offset extraction reads for every message that needs a date: from the zone's stated
 * offset when it is a whole number of minutes, else from its wall clock.
 */
import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../../src/extract/sentTime';

const at = (iso: string) => Date.parse(iso);

describe('zoneOffsetMinutes', () => {
  it('reads whole-minute offsets, daylight saving included', () => {
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-02T14:15:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', at('2026-07-02T14:15:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('Asia/Kolkata', at('2026-03-02T14:15:00Z'))).toBe(330);
    expect(zoneOffsetMinutes('Pacific/Chatham', at('2026-03-02T14:15:00Z'))).toBe(825);
    expect(Object.is(zoneOffsetMinutes('UTC', at('2026-03-02T14:15:00Z')), 0)).toBe(true);
  });

  it('changes at the instant of a transition', () => {
    // Spring forward in New York: 2026-03-08 07:00 UTC.
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', at('2026-03-08T07:00:00Z'))).toBe(-240);
  });

  it('rounds an offset with seconds (Monrovia before 1972) from the wall clock', () => {
    expect(zoneOffsetMinutes('Africa/Monrovia', at('1970-06-01T12:00:00Z'))).toBe(-44); // -0:44:30, Math.round(-44.5)
  });

  it('gives null for an unknown zone', () => {
    expect(zoneOffsetMinutes('Not/AZone', at('2026-03-02T14:15:00Z'))).toBeNull();
  });
});
