import { useState } from 'preact/hooks';
import type { CalendarProviderSetting, Settings } from '../../ledger/settings';
import { StatusLine } from './StatusLine';
import type { SaveStatus } from './useSettings';
import { WorkingHoursFields } from './WorkingHoursFields';

const PROVIDERS: { value: CalendarProviderSetting; label: string }[] = [
  { value: 'ics', label: '.ics file (no account needed)' },
  { value: 'google', label: 'Google Calendar' },
  { value: 'microsoft', label: 'Outlook (Microsoft 365)' },
];

/** Client ids of the user's own OAuth registrations, working hours, and where reviews go by default. */
export function CalendarSettingsForm({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<SaveStatus>;
}) {
  const [googleClientId, setGoogle] = useState(settings.googleClientId);
  const [microsoftClientId, setMicrosoft] = useState(settings.microsoftClientId);
  const [hours, setHours] = useState(settings.workingHours);
  const [provider, setProvider] = useState(settings.defaultProvider);
  const [status, setStatus] = useState<SaveStatus>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus(
      await save({
        googleClientId: googleClientId.trim(),
        microsoftClientId: microsoftClientId.trim(),
        workingHours: { ...hours, timeZone: hours.timeZone.trim() },
        defaultProvider: provider,
      }),
    );
  };

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>Client ids</legend>
        <label>
          Google OAuth client id (type “Web application”; not needed on Chrome builds that carry one)
          <input value={googleClientId} onInput={(e) => setGoogle((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Microsoft application (client) id (single-page application)
          <input
            value={microsoftClientId}
            onInput={(e) => setMicrosoft((e.target as HTMLInputElement).value)}
          />
        </label>
      </fieldset>
      <WorkingHoursFields value={hours} onChange={setHours} />
      <fieldset>
        <legend>Book reviews in</legend>
        <label>
          Default calendar
          <select
            value={provider}
            onChange={(e) => setProvider((e.target as HTMLSelectElement).value as CalendarProviderSetting)}
          >
            {PROVIDERS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button type="submit">Save calendar settings</button>
      <StatusLine status={status} />
    </form>
  );
}
