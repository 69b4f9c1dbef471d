import { CalendarSection } from './CalendarSection';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { LearnedSection } from './LearnedSection';
import { useSettings } from './useSettings';

/** Accord's settings: who "we" are, the time zone, calendars for review meetings, and what it learned. */
export function SettingsPage() {
  const { settings, loadError, save } = useSettings();
  return (
    <main>
      <h1>Accord settings</h1>
      {!settings && !loadError && <p role="status">Loading…</p>}
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {settings && (
        <>
          <GeneralSettingsForm settings={settings} save={save} />
          <CalendarSection settings={settings} save={save} />
          <LearnedSection />
        </>
      )}
    </main>
  );
}
