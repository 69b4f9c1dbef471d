/**
 * The one schema every setting passes, wherever it comes from: a `settings.update` message,
 * an imported ledger file, or the settings store itself when it is read back (a value
 * written by an older or damaged import must not break the UI). Lives beside the ledger so
 * the import can use it; src/messaging/schemas.ts re-exports it for the router.
 */
import * as v from 'valibot';
import { ReminderSettingsSchema } from '../reminders/reminderSettings';

export const EmailSchema = v.pipe(v.string(), v.maxLength(320), v.regex(/^[^\s@]+@[^\s@]+$/));
export const DomainSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i),
);

export const TimeZoneSchema = v.pipe(
  v.string(),
  v.maxLength(100),
  v.check((zone) => isTimeZone(zone), 'Unknown time zone.'),
);
/** A zone, or '' for "the browser's". */
const OptionalZoneSchema = v.union([v.literal(''), TimeZoneSchema]);
export const ClockSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24 h).'));
export const WorkingHoursSchema = v.strictObject({
  days: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
    v.minLength(1, 'Pick at least one working day.'),
    v.maxLength(7),
  ),
  start: ClockSchema,
  end: ClockSchema,
  timeZone: OptionalZoneSchema,
});
/** OAuth client ids are plain tokens (Google: "123-abc.apps.googleusercontent.com", Entra: a GUID). */
const OAuthClientIdSchema = v.pipe(v.string(), v.trim(), v.maxLength(200), v.regex(/^[A-Za-z0-9._-]*$/));
export const ProviderIdSchema = v.picklist(['ics', 'google', 'microsoft']);

/** Each setting's own schema, by key: the list of keys Accord stores and accepts. */
export const SETTING_SCHEMAS = {
  ownEmails: v.pipe(v.array(EmailSchema), v.maxLength(100)),
  ownDomains: v.pipe(v.array(DomainSchema), v.maxLength(100)),
  timeZone: OptionalZoneSchema,
  googleClientId: OAuthClientIdSchema,
  microsoftClientId: OAuthClientIdSchema,
  workingHours: WorkingHoursSchema,
  defaultProvider: ProviderIdSchema,
  /** The sidebar's Hide; kept here, not in storage.local, which Accord closes to content scripts. */
  sidebarCollapsed: v.boolean(),
  /** Reminder lead times per side, their time of day, and the morning digest. */
  reminders: ReminderSettingsSchema,
  /** Read Outlook conversations through Graph; switched on only by 'mail.exactReading'. */
  outlookExactReading: v.boolean(),
};
export type SettingKey = keyof typeof SETTING_SCHEMAS;

/** What the user calls each setting (the options page's labels), for messages. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  ownEmails: 'Your other addresses',
  ownDomains: 'Your organisation’s domains',
  timeZone: 'Time zone for due dates',
  googleClientId: 'Google OAuth client id',
  microsoftClientId: 'Microsoft application (client) id',
  workingHours: 'Working hours',
  defaultProvider: 'Book reviews in',
  sidebarCollapsed: 'Sidebar hidden',
  reminders: 'Reminders',
  outlookExactReading: 'Read Outlook conversations exactly through Microsoft Graph',
};

/**
 * `settings.update`: any subset of the settings, unknown keys dropped by the router's parse.
 * Exact Outlook reading is left out: turning it on asks Microsoft for Mail.Read, which only
 * 'mail.exactReading' does.
 */
const { outlookExactReading: _askedForThroughItsOwnMessage, ...UPDATABLE_SETTINGS } = SETTING_SCHEMAS;
export const SettingsPatchSchema = v.partial(v.object(UPDATABLE_SETTINGS));

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** Parses one stored or imported setting; `undefined` when the key is unknown or the value fails. */
export function parseSetting(
  key: string,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; why: string } {
  if (!isSettingKey(key)) return { ok: false, why: 'Accord has no such setting' };
  const parsed = v.safeParse(SETTING_SCHEMAS[key], value);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, why: parsed.issues[0]?.message ?? 'not a valid value' };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
