/**
 * Runtime schemas for the ledger's records, for anything that arrives from outside the
 * store: an imported file, a message from a content script. Records are `looseObject`s so
 * an optional field added later (by another feature) survives an export/import round trip.
 */
import * as v from 'valibot';
import { EXPECTATION_KINDS } from '../core';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** `YYYY-MM-DD`. */
export const DaySchema = v.pipe(v.string(), v.isoDate());
/** `HH:MM`, 24 h. */
export const TimeOfDaySchema = v.pipe(v.string(), v.isoTime());
export const TimestampSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());

export const KindSchema = v.picklist(EXPECTATION_KINDS);
export const SideSchema = v.picklist(['us', 'client']);
export const StatusSchema = v.picklist([
  'proposed',
  'confirmed',
  'done',
  'missed',
  'cancelled',
  'renegotiated',
]);

export const MoneySchema = v.object({
  value: v.pipe(v.number(), v.finite()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
});

export const RecurrenceSchema = v.object({
  freq: v.picklist(['daily', 'weekly', 'monthly', 'yearly']),
  interval: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  byWeekday: v.optional(
    v.pipe(v.array(v.picklist(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])), v.maxLength(7)),
  ),
});

export const SourceRefSchema = v.object({
  host: v.picklist(['gmail', 'outlook']),
  threadId: IdSchema,
  threadUrl: v.pipe(v.string(), v.maxLength(2000), v.url()),
  messageId: IdSchema,
  quote: text(10_000),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sentAt: TimestampSchema,
});

export const HistoryEntrySchema = v.looseObject({
  at: TimestampSchema,
  by: v.picklist(['user', 'accord']),
  action: text(100),
  why: v.optional(text(2000)),
  from: v.optional(v.record(v.string(), v.unknown())),
  to: v.optional(v.record(v.string(), v.unknown())),
  evidence: v.optional(SourceRefSchema),
});

export const ClientRecordSchema = v.looseObject({
  id: IdSchema,
  name: text(200),
  domains: v.pipe(v.array(text(253)), v.maxLength(1000)),
  addresses: v.pipe(v.array(text(320)), v.maxLength(1000)),
  notes: text(100_000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const ItemRecordSchema = v.looseObject({
  id: IdSchema,
  clientId: IdSchema,
  kind: KindSchema,
  owner: SideSchema,
  text: text(10_000),
  due: v.nullable(DaySchema),
  dueTime: v.optional(TimeOfDaySchema),
  amount: v.nullable(MoneySchema),
  terms: v.optional(text(2000)),
  recurrence: v.optional(RecurrenceSchema),
  status: StatusSchema,
  doneOn: v.optional(DaySchema),
  source: v.nullable(SourceRefSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  history: v.pipe(v.array(HistoryEntrySchema), v.maxLength(10_000)),
  sentForConfirmationAt: v.optional(TimestampSchema),
  open: v.optional(v.picklist([0, 1])),
});

export const DismissalRecordSchema = v.object({
  messageId: IdSchema,
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  threadId: IdSchema,
  text: text(10_000),
  dismissedAt: TimestampSchema,
});

export const SettingRecordSchema = v.object({ key: text(100), value: v.unknown() });

export const ReviewRecordSchema = v.looseObject({
  id: IdSchema,
  clientId: IdSchema,
  start: TimestampSchema,
  updatedAt: v.optional(TimestampSchema),
});
