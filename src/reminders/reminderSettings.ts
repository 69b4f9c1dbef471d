/**
 * When reminders fire. Stored as the `reminders` setting (src/ledger/settings.ts), validated
 * with this schema on every update (the settings message) and again when read, since an
 * imported backup may carry anything.
 */
import * as v from 'valibot';

export interface ReminderSettings {
  /** Days before the due date to remind about what we owe; 0 is the day itself. Empty: none. */
  usLeadDays: number[];
  /** The same for what the client owes us. */
  clientLeadDays: number[];
  /** Local time of day ('HH:MM', 24 h) reminders fire, in the settings' time zone. */
  time: string;
  /** A morning notification summarising the day (overdue and due today, both sides). */
  digest: boolean;
  /** Local time of day of the digest. */
  digestTime: string;
}

export const DEFAULT_REMINDERS: ReminderSettings = {
  usLeadDays: [2, 0],
  clientLeadDays: [0],
  time: '09:00',
  digest: false,
  digestTime: '08:30',
};

export const MAX_LEAD_DAYS = 30;

const LeadDays = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LEAD_DAYS))),
  v.maxLength(5),
  v.check((days) => new Set(days).size === days.length, 'Each lead time once.'),
);
const Clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM (24 h).'));

export const ReminderSettingsSchema = v.strictObject({
  usLeadDays: LeadDays,
  clientLeadDays: LeadDays,
  time: Clock,
  digest: v.boolean(),
  digestTime: Clock,
});

/** The stored value if it is valid, else the defaults (a bad backup must not stop reminders). */
export function validReminderSettings(value: unknown): ReminderSettings {
  const parsed = v.safeParse(ReminderSettingsSchema, value);
  return parsed.success ? parsed.output : DEFAULT_REMINDERS;
}
