import type { Settings } from '../../ledger/settings';
import { CalendarAccounts } from './CalendarAccounts';
import { CalendarSettingsForm } from './CalendarSettingsForm';
import type { SaveStatus } from './useSettings';

/** "Calendars": where review meetings are booked, and how to connect an account. */
export function CalendarSection({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<SaveStatus>;
}) {
  return (
    <section aria-labelledby="calendars-heading">
      <h2 id="calendars-heading">Calendars</h2>
      <p class="hint">
        Without an account, Accord books reviews as <code>.ics</code> files that any calendar imports; nothing
        leaves your browser. To have Accord find free times in your own calendar and send the invitations,
        connect Google Calendar or Outlook. Both need an OAuth client registration that you (or your IT team)
        own: create it, paste its client id below, save, then press Connect. The steps for each are in
        Accord’s README, section “Connecting a calendar” (docs/calendar.md). Accord asks for access to the
        calendar only when you connect it, and keeps sign-in tokens in memory for this browser session only.
      </p>
      <CalendarSettingsForm settings={settings} save={save} />
      <CalendarAccounts revision={settings} />
    </section>
  );
}
