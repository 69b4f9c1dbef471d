import type { LedgerDb } from './db';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../reminders/reminderSettings';

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
};

export async function readSettings(db: LedgerDb): Promise<Settings> {
  const records = await db.getAll('settings');
  const stored = Object.fromEntries(records.map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function writeSettings(db: LedgerDb, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) await tx.store.put({ key, value });
  }
  await tx.done;
  return readSettings(db);
}
