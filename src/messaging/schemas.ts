/**
 * Runtime schemas for everything that crosses a message boundary. A content script runs
 * inside a page full of untrusted email, so the worker trusts nothing it did not check.
 */
import * as v from 'valibot';
import type { ClientKey } from '../clients/clientKey';
import { MAIL_LIMITS } from '../core/mailLimits';
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
import { EmailSchema } from '../ledger/settingsSchema';

const MAX_TEXT = MAIL_LIMITS.bodyChars;
const shortText = (max = 500) => v.pipe(v.string(), v.maxLength(max));

export const IsoDateTimeSchema = v.pipe(v.string(), v.isoTimestamp());
export const ClientKeySchema = v.pipe(
  v.string(),
  v.maxLength(400),
  v.regex(/^(domain|address):\S+$/),
  v.transform((key) => key.toLowerCase() as ClientKey),
);

export const PersonSchema = v.object({
  name: shortText(MAIL_LIMITS.nameChars),
  email: v.union([EmailSchema, v.literal('')]),
});

export const MailMessageSchema = v.object({
  id: shortText(200),
  from: PersonSchema,
  to: v.pipe(v.array(PersonSchema), v.maxLength(MAIL_LIMITS.recipients)),
  cc: v.pipe(v.array(PersonSchema), v.maxLength(MAIL_LIMITS.recipients)),
  sentAt: IsoDateTimeSchema,
  subject: v.optional(shortText(MAIL_LIMITS.subjectChars)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  fullyRead: v.boolean(),
});

export const ThreadSchema = v.object({
  host: v.picklist(['gmail', 'outlook']),
  id: shortText(200),
  url: v.pipe(v.string(), v.maxLength(2000), v.url()),
  subject: shortText(MAIL_LIMITS.subjectChars),
  messages: v.pipe(v.array(MailMessageSchema), v.minLength(1), v.maxLength(MAIL_LIMITS.messages)),
});

/** An Outlook conversation id (base64: letters, digits, '+', '/', '=', '-', '_'). */
export const ConversationIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(400),
  v.regex(/^[A-Za-z0-9+/=_-]+$/),
);

export const ClientNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

// Settings (and the address, domain and zone shapes they use) share one schema with the
// ledger's import and its read-back: src/ledger/settingsSchema.ts.
export {
  ClockSchema,
  DomainSchema,
  EmailSchema,
  ProviderIdSchema,
  SettingsPatchSchema,
  TimeZoneSchema,
  WorkingHoursSchema,
} from '../ledger/settingsSchema';

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
  amountSuspect: v.optional(v.boolean()),
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

// ——— Review meetings (src/worker/reviewHandlers.ts) ———
const Minutes = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const ReviewOffsetSchema = v.strictObject({
  days: v.optional(Minutes(366)),
  weeks: v.optional(Minutes(52)),
  months: v.optional(Minutes(24)),
});

export const CadenceSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('once') }),
  v.strictObject({
    kind: v.picklist(['weekly', 'biweekly', 'monthly', 'quarterly']),
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
    until: v.optional(DaySchema),
  }),
  v.strictObject({ kind: v.literal('beforeDate'), date: DaySchema, offset: ReviewOffsetSchema }),
  v.strictObject({ kind: v.literal('beforeEachDue'), offset: ReviewOffsetSchema }),
]);

export const AttendeeSchema = v.strictObject({ name: shortText(200), email: EmailSchema });
export const AttendeesSchema = v.pipe(
  v.array(AttendeeSchema),
  v.minLength(1, 'Add at least one attendee.'),
  v.maxLength(100),
);
export const ReviewLengthSchema = v.picklist([15, 30, 45, 60]);
export const UpdateScopeSchema = v.picklist(['series', 'occurrence']);

const MAX_WINDOW_MS = 92 * 86_400_000;
export const SearchWindowSchema = v.pipe(
  v.strictObject({ start: IsoDateTimeSchema, end: IsoDateTimeSchema }),
  v.check((w) => Date.parse(w.end) > Date.parse(w.start), 'The window must end after it starts.'),
  v.check(
    (w) => Date.parse(w.end) - Date.parse(w.start) <= MAX_WINDOW_MS,
    'Look at most three months ahead.',
  ),
);

/** A meeting's times: ends after it starts, lasts at most a working day. */
export const checkMeetingTimes = <T extends { start: string; end: string }>() =>
  v.check<T, string>(
    (t) =>
      Date.parse(t.end) > Date.parse(t.start) && Date.parse(t.end) - Date.parse(t.start) <= 8 * 3_600_000,
    'A review ends after it starts and lasts at most eight hours.',
  );
/** An occurrence change must say which occurrence (its original start). */
export const checkOccurrence = <T extends { scope: 'series' | 'occurrence'; occurrenceStart?: string }>() =>
  v.check<T, string>(
    (c) => c.scope === 'series' || c.occurrenceStart !== undefined,
    'Say which occurrence to change.',
  );
export { IsoDateTimeSchema as ReviewTimeSchema };
