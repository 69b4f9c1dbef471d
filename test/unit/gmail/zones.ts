import type { ZoneOffset } from '../../../src/mail/gmail';

/** A fixed offset, e.g. -300 for UTC-5. */
export const fixedZone =
  (minutes: number): ZoneOffset =>
  () =>
    minutes;

/**
 * A real IANA zone, computed with Intl (as a browser in that zone would), so tests cover
 * daylight-saving changes without depending on the machine's TZ.
 */
export function ianaZone(timeZone: string): ZoneOffset {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const offsetAt = (utcMs: number): number => {
    const name = format.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
  };
  return (w) => {
    const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    // Guess with the offset at the wall time read as UTC, then correct once.
    const guess = offsetAt(asUtc);
    return offsetAt(asUtc - guess * 60_000);
  };
}

/** The instant the fixtures were captured: Tue 24 Nov 2026, 10:02 in New York. */
export const FIXTURE_NOW = new Date('2026-11-24T15:02:00Z');
export const NEW_YORK = ianaZone('America/New_York');
export const LONDON = ianaZone('Europe/London');
