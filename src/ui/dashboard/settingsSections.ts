/**
 * Extra settings sections the dashboard shows between "your side" and "calendars". Each
 * feature with its own settings adds one entry here (reminder lead times go here), and gets
 * the same `settings` and `save` as the options page's forms.
 */
import type { FunctionComponent } from 'preact';
import type { Settings } from '../../ledger/settings';
import { ReminderSettingsForm } from '../options/ReminderSettingsForm';
import type { SaveStatus } from '../options/useSettings';

export interface SettingsSectionProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<SaveStatus>;
}

export const SETTINGS_SECTIONS: { id: string; Section: FunctionComponent<SettingsSectionProps> }[] = [
  { id: 'reminders', Section: ReminderSettingsForm },
];
