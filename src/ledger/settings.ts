import type { LedgerDb } from './db';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../reminders/reminderSettings';
import { isSettingKey, parseSetting, SETTING_LABELS } from './settingsSchema';

/** When the user takes meetings; review slots are proposed only inside these hours. */
export interface WorkingHoursSetting {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:MM', 24 h, local to `timeZone`. */
  start: string;
  end: string;
  /** IANA zone; empty means the settings' `timeZone`, then the browser's. */
  timeZone: string;
}

/** Where a review is booked: a calendar account, or an .ics file (no sign-in). */
export type CalendarProviderSetting = 'ics' | 'google' | 'microsoft';

/** The user's settings, with the defaults a new install starts from. */
export interface Settings {
  /** Addresses that are the user's own besides the signed-in account. */
  ownEmails: string[];
  /** Domains whose people are the user's colleagues, not clients. */
  ownDomains: string[];
  /** IANA zone used to resolve due dates; empty means the browser's zone. */
  timeZone: string;
  /** Google OAuth client id ("Web application"), for sign-in outside Chrome's getAuthToken. */
  googleClientId: string;
  /** Microsoft Entra application (client) id of a single-page-application registration. */
  microsoftClientId: string;
  workingHours: WorkingHoursSetting;
  /** The calendar reviews go to; 'ics' needs no account and is the default. */
  defaultProvider: CalendarProviderSetting;
  /** Reminder lead times per side, their time of day, and the morning digest. */
  reminders: ReminderSettings;
  /**
   * Read Outlook conversations exactly through Microsoft Graph (Mail.Read) instead of from
   * the page. Turned on only through 'mail.exactReading', which asks for the permission.
   */
  outlookExactReading: boolean;
  /** The sidebar's Hide, remembered across pages (set from the content script). */
  sidebarCollapsed: boolean;
}

export const DEFAULT_WORKING_HOURS: WorkingHoursSetting = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone: '',
};

export const DEFAULT_SETTINGS: Settings = {
  ownEmails: [],
  ownDomains: [],
  timeZone: '',
  googleClientId: '',
  microsoftClientId: '',
  workingHours: DEFAULT_WORKING_HOURS,
  defaultProvider: 'ics',
  reminders: DEFAULT_REMINDERS,
  outlookExactReading: false,
  sidebarCollapsed: false,
};

/**
 * The settings as the options page shows them: `unreadable` names every stored value that
 * failed its schema (a damaged or hostile import from an older Accord), for which the
 * default is used until the user saves a new value.
 */
export interface SettingsView extends Settings {
  unreadable: string[];
}

/**
 * Reads the settings. Every stored value passes the same schema as `settings.update`
 * (settingsSchema.ts); one that does not, and any key Accord does not know, is ignored and
 * its default used, so no stored value can break the UI or the worker (issue 10).
 */
export async function readSettingsView(db: LedgerDb): Promise<SettingsView> {
  const records = await db.getAll('settings');
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const unreadable: string[] = [];
  for (const { key, value } of records) {
    if (!isSettingKey(key)) continue;
    const parsed = parseSetting(key, value);
    if (parsed.ok) settings[key] = parsed.value;
    else
      unreadable.push(
        `${SETTING_LABELS[key]}: the stored value is not valid (${parsed.why}), so Accord uses the default until you save a new one.`,
      );
  }
  return { ...(settings as unknown as Settings), unreadable };
}

export async function readSettings(db: LedgerDb): Promise<Settings> {
  const { unreadable: _unreadable, ...settings } = await readSettingsView(db);
  return settings;
}

/** Writes a patch the router has already checked against SettingsPatchSchema. */
export async function writeSettings(db: LedgerDb, patch: Partial<Settings>): Promise<SettingsView> {
  const tx = db.transaction('settings', 'readwrite');
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) await tx.store.put({ key, value });
  }
  await tx.done;
  return readSettingsView(db);
}
