import { CalendarSection } from '../options/CalendarSection';
import { ExactReadingOption } from '../options/ExactReadingOption';
import { GeneralSettingsForm } from '../options/GeneralSettingsForm';
import { useSettings } from '../options/useSettings';
import { DataSection } from './DataSection';
import { SETTINGS_SECTIONS } from './settingsSections';

/** The options page's forms (reused as they are), the ledger's export and import, and more. */
export function SettingsView() {
  const { settings, loadError, save } = useSettings();
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>
        Settings
      </h1>
      {!settings && !loadError && <p role="status">Loading…</p>}
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {settings && (
        <>
          <GeneralSettingsForm settings={settings} save={save} />
          {SETTINGS_SECTIONS.map(({ id, Section }) => (
            <Section key={id} settings={settings} save={save} />
          ))}
          <CalendarSection settings={settings} save={save} />
          <ExactReadingOption settings={settings} />
          <DataSection />
        </>
      )}
    </section>
  );
}
