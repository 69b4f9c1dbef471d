/**
 * The one table of messages between the extension's contexts. Each entry names who may
 * send it (a content script on a mail host, or one of our own extension pages) and the
 * schema its payload must pass. Responses are typed in `Responses` below.
 */
import * as v from 'valibot';
import type { Client, LedgerItem, SuggestedExpectation, Signal } from '../core';
import type { ClientKey } from '../clients';
import type { SignalOffer } from '../signals/matchSignals';
import type { Settings } from '../ledger/settings';
import type { LedgerExport } from '../ledger/exportFormat';
import type { ImportSummary } from '../ledger/importLedger';
import type { DismissalRecord } from '../ledger/schema';
import {
  AcceptPayloadSchema,
  ClientKeySchema,
  ClientNameSchema,
  ClientTargetSchema,
  DaySchema,
  DomainSchema,
  EmailSchema,
  IdSchema,
  ItemEditsSchema,
  ItemFieldsSchema,
  MoneySchema,
  SettingsPatchSchema,
  SourceRefSchema,
  ThreadSchema,
  TimeOfDaySchema,
  WhySchema,
} from './schemas';

export type SenderKind = 'content' | 'page';

export const REQUESTS = {
  /** content → worker: a thread is open; answer with its client, ledger and suggestions. */
  'thread.open': {
    from: ['content'],
    payload: v.object({ thread: ThreadSchema, account: v.nullable(EmailSchema) }),
  },
  /** content → worker: the user renamed the thread's client (creates the record if new). */
  'client.rename': {
    from: ['content', 'page'],
    payload: v.object({ clientKey: ClientKeySchema, name: ClientNameSchema }),
  },
  /** content → worker: the user attached another domain to the thread's client. */
  'client.attachDomain': {
    from: ['content', 'page'],
    payload: v.object({ clientKey: ClientKeySchema, name: ClientNameSchema, domain: DomainSchema }),
  },
  'settings.get': { from: ['content', 'page'], payload: v.object({}) },
  'settings.update': { from: ['content', 'page'], payload: SettingsPatchSchema },

  // ——— The ledger (src/worker/ledgerHandlers.ts). Every write is one transaction. ———
  /** Accept one or many suggestions (optionally edited first); creates the client on first use. */
  'suggestions.accept': { from: ['content', 'page'], payload: AcceptPayloadSchema },
  /** Add an item by hand. */
  'item.add': {
    from: ['content', 'page'],
    payload: v.strictObject({ client: ClientTargetSchema, fields: ItemFieldsSchema, why: WhySchema }),
  },
  /** Correct an item's words or terms (history keeps from/to). */
  'item.edit': {
    from: ['content', 'page'],
    payload: v.strictObject({ id: IdSchema, edits: ItemEditsSchema, why: WhySchema }),
  },
  /** Move an item through its lifecycle (see src/ledger/lifecycle.ts). */
  'item.setStatus': {
    from: ['content', 'page'],
    payload: v.strictObject({
      id: IdSchema,
      status: v.picklist(['proposed', 'confirmed', 'done', 'missed', 'cancelled']),
      doneOn: v.optional(DaySchema),
      why: WhySchema,
    }),
  },
  /** A delivery: done on `doneOn`, with the delivering message as evidence. */
  'item.markDone': {
    from: ['content', 'page'],
    payload: v.strictObject({
      id: IdSchema,
      doneOn: DaySchema,
      evidence: v.optional(SourceRefSchema),
      why: WhySchema,
    }),
  },
  /** Drift the user accepted: new date, amount or added scope; the old terms stay in history. */
  'item.renegotiate': {
    from: ['content', 'page'],
    payload: v.strictObject({
      id: IdSchema,
      due: v.optional(v.nullable(DaySchema)),
      dueTime: v.optional(v.nullable(TimeOfDaySchema)),
      amount: v.optional(v.nullable(MoneySchema)),
      scope: v.optional(v.pipe(v.string(), v.maxLength(2000))),
      evidence: v.optional(SourceRefSchema),
      why: WhySchema,
    }),
  },
  /** Never offer this suggestion again for its message. */
  'suggestion.dismiss': {
    from: ['content', 'page'],
    payload: v.strictObject({
      threadId: IdSchema,
      suggestion: v.strictObject({
        messageId: IdSchema,
        text: v.pipe(v.string(), v.maxLength(10_000)),
        start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    }),
  },
  /** "Send recap": the items read back to the client. */
  'items.markSentForConfirmation': {
    from: ['content', 'page'],
    payload: v.strictObject({ ids: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(1000)) }),
  },
  /** What is still owed between the user and one client. */
  'items.openForClient': { from: ['content', 'page'], payload: v.strictObject({ clientId: IdSchema }) },
  /** Open items due from `today` through `today + days`, across clients. */
  'items.dueSoon': {
    from: ['content', 'page'],
    payload: v.strictObject({
      days: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(366)),
      today: DaySchema,
      includeOverdue: v.optional(v.boolean()),
    }),
  },
  'client.list': { from: ['content', 'page'], payload: v.strictObject({}) },
  // Whole-ledger export and import only from our own pages (options), never from a mail
  // page's content script: importing replaces records, exporting hands over everything.
  'ledger.export': { from: ['page'], payload: v.strictObject({}) },
  'ledger.exportCsv': { from: ['page'], payload: v.strictObject({}) },
  'ledger.import': {
    from: ['page'],
    payload: v.strictObject({ json: v.pipe(v.string(), v.maxLength(100_000_000)) }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: v.GenericSchema }>;

export type RequestType = keyof typeof REQUESTS;
export type RequestPayload<T extends RequestType> = v.InferOutput<(typeof REQUESTS)[T]['payload']>;

/** The client as the sidebar shows it: stored, or worked out from the thread only. */
export interface ClientView {
  key: ClientKey;
  /** Null until the user first acts on this client (rename, accept an item …). */
  client: Client | null;
  name: string;
  people: { name: string; email: string }[];
}

export interface ThreadView {
  client: ClientView | null;
  otherClients: ClientView[];
  items: LedgerItem[];
  suggestions: SuggestedExpectation[];
  signals: Signal[];
  /** Signals matched to ledger items: offers to mark done (delivery) or renegotiate (drift). */
  offers: SignalOffer[];
}

export interface Responses {
  'thread.open': ThreadView;
  'client.rename': Client;
  'client.attachDomain': Client;
  'settings.get': Settings;
  'settings.update': Settings;
  'suggestions.accept': { client: Client; items: LedgerItem[] };
  'item.add': { client: Client; item: LedgerItem };
  'item.edit': LedgerItem;
  'item.setStatus': LedgerItem;
  'item.markDone': LedgerItem;
  'item.renegotiate': LedgerItem;
  'suggestion.dismiss': DismissalRecord;
  'items.markSentForConfirmation': LedgerItem[];
  'items.openForClient': LedgerItem[];
  'items.dueSoon': DueSoonEntry[];
  'client.list': Client[];
  'ledger.export': LedgerExport;
  'ledger.exportCsv': { csv: string; filename: string };
  'ledger.import': ImportSummary;
}

/** An item due soon, with its client's name for the cross-client list. */
export interface DueSoonEntry {
  item: LedgerItem;
  clientName: string;
}

/** What goes over the wire. */
export interface RequestEnvelope<T extends RequestType = RequestType> {
  accord: 1;
  type: T;
  payload: RequestPayload<T>;
}

export type Reply<T extends RequestType = RequestType> =
  { ok: true; data: Responses[T] } | { ok: false; error: string };

export { EmailSchema };
