import type { WorkingHours } from '../calendar/slots';
import type { Settings } from '../ledger/settings';

/** The working hours slots are proposed in: its own zone, else the settings' zone, else the browser's. */
export function workingHoursFrom(settings: Settings): WorkingHours {
  const wh = settings.workingHours;
  const timeZone =
    wh.timeZone.trim() || settings.timeZone.trim() || Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { timeZone, days: [...wh.days], start: wh.start, end: wh.end };
}
