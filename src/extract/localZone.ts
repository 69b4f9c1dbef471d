/**
 * The runtime's own time zone, read without Intl. A woken worker's first
 * `Intl.DateTimeFormat` loads ICU's locale and zone data, about 25 ms when its process is new
 * (measured 2026-12-03 in Chromium 156: 23–25 ms the first time in a renderer process, 0.3 ms
 * in every later isolate of it); `Date`'s local-time methods read the same ICU zone data
 * without that set-up (0.1 ms). So the worker asks for LOCAL_ZONE when the user set no zone
 * of their own, and the zone's name is looked up only where a name is needed (luxon).
 */

/**
 * The zone this runtime's `Date` uses. luxon reads "local" the same way, so a caller that
 * hands the input's zone straight to luxon still gets this zone.
 */
export const LOCAL_ZONE = 'local';

/**
 * The local zone's UTC offset in minutes at an instant, or null when it is not a whole number
 * of minutes (local mean time before the zones were standardised, as Monrovia's -0:44:30 until
 * 1972): `getTimezoneOffset` truncates those, where the Intl reading rounds them, so they are
 * left to the Intl reading. An offset is whole minutes exactly when local and UTC seconds agree.
 */
export function localOffsetMinutes(ms: number): number | null {
  const d = new Date(ms);
  if (d.getSeconds() !== d.getUTCSeconds() || d.getMilliseconds() !== d.getUTCMilliseconds()) return null;
  const behind = d.getTimezoneOffset();
  // `-0` for UTC would differ from the 0 the Intl reading gives (Object.is).
  return behind === 0 ? 0 : -behind;
}

/**
 * The local zone's IANA name ("Europe/Paris"), for luxon and the rare offset Date cannot give.
 * Not remembered: it stays the zone `Date` uses if the system's zone changes (about 60 µs a
 * call once Intl is set up, and only on those rare paths).
 */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The IANA name of `zone`, LOCAL_ZONE resolved. */
export function ianaZoneOf(zone: string): string {
  return zone === LOCAL_ZONE ? localZoneName() : zone;
}
