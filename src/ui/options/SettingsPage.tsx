import { CalendarSection } from './CalendarSection';
import { ExactReadingOption } from './ExactReadingOption';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { ReminderSettingsForm } from './ReminderSettingsForm';
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
      {settings && settings.unreadable.length > 0 && (
        <div role="alert" class="error unreadable-settings">
          <p>Some stored settings could not be read (an import from a damaged or edited file?):</p>
          <ul>
            {settings.unreadable.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {settings && (
        <>
          <GeneralSettingsForm settings={settings} save={save} />
          <ReminderSettingsForm settings={settings} save={save} />
          <CalendarSection settings={settings} save={save} />
          <ExactReadingOption settings={settings} />
          <LearnedSection />
        </>
      )}
    </main>
  );
}
