/**
 * Runtime schemas for everything that crosses a message boundary. A content script runs
 * inside a page full of untrusted email, so the worker trusts nothing it did not check.
 */
import * as v from 'valibot';
import type { ClientKey } from '../clients/clientKey';
import {
  DaySchema,
  IdSchema,
  KindSchema,
  MoneySchema,
  RecurrenceSchema,
  SideSchema,
  SourceRefSchema,
  TimeOfDaySchema,
  TimestampSchema,
} from '../ledger/recordSchemas';

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

// ——— The ledger's messages (accept, edit, lifecycle, import/export) ———
// Record shapes are shared with the ledger's import validation (src/ledger/recordSchemas.ts).
const ledgerText = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
const Words = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(10_000));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
const Why = v.optional(ledgerText(2000));

export const ThreadRefSchema = v.strictObject({
  host: v.picklist(['gmail', 'outlook']),
  id: IdSchema,
  url: v.pipe(v.string(), v.maxLength(2000), v.url()),
});

export const SuggestionSchema = v.strictObject({
  messageId: IdSchema,
  kind: KindSchema,
  owner: SideSchema,
  text: ledgerText(),
  start: Offset,
  end: Offset,
  due: v.nullable(DaySchema),
  dueTime: v.optional(TimeOfDaySchema),
  amount: v.nullable(MoneySchema),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  recurrence: v.optional(RecurrenceSchema),
  terms: v.optional(ledgerText(2000)),
});

/** An edit: absent fields stay, `null` clears an optional one. */
export const ItemEditsSchema = v.strictObject({
  kind: v.optional(KindSchema),
  owner: v.optional(SideSchema),
  text: v.optional(Words),
  due: v.optional(v.nullable(DaySchema)),
  dueTime: v.optional(v.nullable(TimeOfDaySchema)),
  amount: v.optional(v.nullable(MoneySchema)),
  terms: v.optional(v.nullable(ledgerText(2000))),
});

export const AcceptedSuggestionSchema = v.strictObject({
  ...SuggestionSchema.entries,
  edits: v.optional(ItemEditsSchema),
});

export const ItemFieldsSchema = v.strictObject({
  kind: KindSchema,
  owner: SideSchema,
  text: Words,
  due: v.nullable(DaySchema),
  dueTime: v.optional(TimeOfDaySchema),
  amount: v.nullable(MoneySchema),
  terms: v.optional(ledgerText(2000)),
  recurrence: v.optional(RecurrenceSchema),
});

export const ClientTargetSchema = v.union([
  v.strictObject({ clientId: IdSchema }),
  v.strictObject({ clientKey: ClientKeySchema, clientName: ClientNameSchema }),
]);

export const AcceptPayloadSchema = v.strictObject({
  clientKey: ClientKeySchema,
  clientName: ClientNameSchema,
  thread: ThreadRefSchema,
  suggestions: v.pipe(v.array(AcceptedSuggestionSchema), v.minLength(1), v.maxLength(200)),
  sentAt: v.pipe(
    v.record(IdSchema, TimestampSchema),
    v.check((r) => Object.keys(r).length <= 500, 'too many messages'),
  ),
});

export const ItemIdSchema = IdSchema;
export const WhySchema = Why;
export { DaySchema, TimeOfDaySchema, MoneySchema, SourceRefSchema, IdSchema };
