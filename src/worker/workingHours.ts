import type { WorkingHours } from '../calendar/slots';
import type { Settings } from '../ledger/settings';
import { localZoneName } from '../extract/localZone';

/** The working hours slots are proposed in: its own zone, else the settings' zone, else the browser's. */
export function workingHoursFrom(settings: Settings): WorkingHours {
  const wh = settings.workingHours;
  const timeZone = wh.timeZone.trim() || settings.timeZone.trim() || localZoneName();
  return { timeZone, days: [...wh.days], start: wh.start, end: wh.end };
}
