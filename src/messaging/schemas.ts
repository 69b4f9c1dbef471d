/**
 * Runtime schemas for everything that crosses a message boundary. A content script runs
 * inside a page full of untrusted email, so the worker trusts nothing it did not check.
 */
import * as v from 'valibot';
import type { ClientKey } from '../clients/clientKey';

const MAX_TEXT = 1_000_000;
const shortText = (max = 500) => v.pipe(v.string(), v.maxLength(max));

export const EmailSchema = v.pipe(v.string(), v.maxLength(320), v.regex(/^[^\s@]+@[^\s@]+$/));
export const DomainSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i),
);
export const IsoDateTimeSchema = v.pipe(v.string(), v.isoTimestamp());
export const ClientKeySchema = v.pipe(
  v.string(),
  v.maxLength(400),
  v.regex(/^(domain|address):\S+$/),
  v.transform((key) => key.toLowerCase() as ClientKey),
);

export const PersonSchema = v.object({ name: shortText(), email: v.union([EmailSchema, v.literal('')]) });

export const MailMessageSchema = v.object({
  id: shortText(200),
  from: PersonSchema,
  to: v.pipe(v.array(PersonSchema), v.maxLength(500)),
  cc: v.pipe(v.array(PersonSchema), v.maxLength(500)),
  sentAt: IsoDateTimeSchema,
  subject: v.optional(shortText(2000)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  fullyRead: v.boolean(),
});

export const ThreadSchema = v.object({
  host: v.picklist(['gmail', 'outlook']),
  id: shortText(200),
  url: v.pipe(v.string(), v.maxLength(2000), v.url()),
  subject: shortText(2000),
  messages: v.pipe(v.array(MailMessageSchema), v.minLength(1), v.maxLength(500)),
});

export const ClientNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const SettingsPatchSchema = v.partial(
  v.object({
    ownEmails: v.pipe(v.array(EmailSchema), v.maxLength(100)),
    ownDomains: v.pipe(v.array(DomainSchema), v.maxLength(100)),
    timeZone: v.pipe(
      v.string(),
      v.maxLength(100),
      v.check((zone) => zone === '' || isTimeZone(zone), 'Unknown time zone.'),
    ),
  }),
);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
