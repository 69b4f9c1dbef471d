/**
 * The one table of messages between the extension's contexts. Each entry names who may
 * send it (a content script on a mail host, or one of our own extension pages) and the
 * schema its payload must pass. Responses are typed in `Responses` below.
 */
import * as v from 'valibot';
import type { Client, LedgerItem, SuggestedExpectation, Signal, Thread } from '../core';
import type { ClientKey } from '../clients';
import type { SignalOffer } from '../signals/matchSignals';
import type { SettingsView } from '../ledger/settings';
import type { LedgerExport } from '../ledger/exportFormat';
import type { ImportSummary } from '../ledger/importLedger';
import type { DismissalRecord } from '../ledger/schema';
import type { LearnedSummary } from '../extract/model/learning';
import {
  AcceptPayloadSchema,
  ClientKeySchema,
  ClientNameSchema,
  ClientTargetSchema,
  ConversationIdSchema,
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
  // Review meetings
  AttendeesSchema,
  CadenceSchema,
  checkMeetingTimes,
  checkOccurrence,
  ProviderIdSchema,
  ReviewLengthSchema,
  ReviewTimeSchema,
  SearchWindowSchema,
  TimeZoneSchema,
  UpdateScopeSchema,
} from './schemas';
import type { ProposedSlot } from '../calendar/service';
import { DASHBOARD_REQUESTS, type DashboardResponses } from './dashboardProtocol';
import type { ProviderId, Review } from '../calendar/types';

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
  // Only from Accord's own settings page: a mail page must not redirect calendar sign-in
  // (client ids) or change who counts as "us".
  'settings.update': { from: ['page'], payload: SettingsPatchSchema },
  /** The sidebar's Hide: the one setting a mail page may change (storage.local is closed to it). */
  'sidebar.setCollapsed': { from: ['content'], payload: v.strictObject({ collapsed: v.boolean() }) },

  // ——— The ledger (src/worker/ledgerHandlers.ts). Every write is one transaction. ———
  /** Accept one or many suggestions (optionally edited first); creates the client on first use. */
  'suggestions.accept': { from: ['content', 'page'], payload: AcceptPayloadSchema },
  /** Add an item by hand. */
  'item.add': {
    from: ['content', 'page'],
    payload: v.strictObject({
      client: ClientTargetSchema,
      fields: ItemFieldsSchema,
      why: WhySchema,
      /** The email's own words the item comes from, when the user gave them: extraction learns from it. */
      sentence: v.optional(v.pipe(v.string(), v.maxLength(2000))),
    }),
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
        /** The confidence it was offered with: how much the dismissal teaches. */
        confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
      }),
    }),
  },
  /** Settings page: what extraction has learned from this user, in words. */
  'learning.get': { from: ['page'], payload: v.strictObject({}) },
  /** Settings page: forget it all. */
  'learning.reset': { from: ['page'], payload: v.strictObject({}) },
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

  // ——— Review meetings (src/worker/reviewHandlers.ts; calendar layer in src/calendar/) ———
  /** Free slots in the user's working hours; `provider` defaults to the settings' default. */
  'review.proposeSlots': {
    from: ['content', 'page'],
    payload: v.strictObject({
      provider: v.optional(ProviderIdSchema),
      lengthMinutes: ReviewLengthSchema,
      window: v.optional(SearchWindowSchema),
      clientTimeZone: v.optional(v.nullable(TimeZoneSchema)),
      count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
    }),
  },
  /** Books a review (agenda written by the worker from the ledger); creates the client on first use. */
  'review.book': {
    from: ['content', 'page'],
    payload: v.pipe(
      v.strictObject({
        client: ClientTargetSchema,
        provider: v.optional(ProviderIdSchema),
        title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
        start: ReviewTimeSchema,
        end: ReviewTimeSchema,
        attendees: AttendeesSchema,
        cadence: CadenceSchema,
        wantsVideo: v.optional(v.boolean()),
        /** Chosen by the form once per choice: the same booking sent again books nothing new. */
        requestId: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-v]{20,40}$/))),
      }),
      checkMeetingTimes(),
    ),
  },
  /** Moves the series, or one occurrence (its original start in `occurrenceStart`). */
  'review.reschedule': {
    from: ['content', 'page'],
    payload: v.pipe(
      v.strictObject({
        id: IdSchema,
        start: ReviewTimeSchema,
        end: ReviewTimeSchema,
        scope: UpdateScopeSchema,
        occurrenceStart: v.optional(ReviewTimeSchema),
      }),
      checkMeetingTimes(),
      checkOccurrence(),
    ),
  },
  /** Cancels the series, or one occurrence. */
  'review.cancel': {
    from: ['content', 'page'],
    payload: v.pipe(
      v.strictObject({
        id: IdSchema,
        scope: UpdateScopeSchema,
        occurrenceStart: v.optional(ReviewTimeSchema),
      }),
      checkOccurrence(),
    ),
  },
  /** A client's reviews, with bookings still in the outbox shown as pending (or refused). */
  'reviews.forClient': { from: ['content', 'page'], payload: v.strictObject({ clientId: IdSchema }) },
  /** Which calendars are set up (client id) and connected (a token in this browser session). */
  'calendar.status': { from: ['content', 'page'], payload: v.strictObject({}) },
  // Sign-in only from our own options page: it opens windows and asks for permissions.
  'calendar.connect': {
    from: ['page'],
    payload: v.strictObject({ provider: v.picklist(['google', 'microsoft']) }),
  },
  'calendar.disconnect': {
    from: ['page'],
    payload: v.strictObject({ provider: v.picklist(['google', 'microsoft']) }),
  },
  /** content → worker: the conversation read exactly through Graph, or null (read the page). */
  'mail.readConversation': {
    from: ['content'],
    payload: v.strictObject({ conversationId: ConversationIdSchema }),
  },
  /** Only from the options page: turn exact reading on (asks Microsoft for Mail.Read) or off. */
  'mail.exactReading': { from: ['page'], payload: v.strictObject({ enabled: v.boolean() }) },

  // ——— The dashboard (src/worker/dashboardHandlers.ts; table in dashboardProtocol.ts) ———
  ...DASHBOARD_REQUESTS,
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
  /** Suggestions left out by message id (at most MAX_PER_MESSAGE are sent per message). */
  moreSuggestions?: Record<string, number>;
  signals: Signal[];
  /** Signals matched to ledger items: offers to mark done (delivery) or renegotiate (drift). */
  offers: SignalOffer[];
}

export interface Responses extends DashboardResponses {
  'thread.open': ThreadView;
  'client.rename': Client;
  'client.attachDomain': Client;
  'settings.get': SettingsView;
  'settings.update': SettingsView;
  'sidebar.setCollapsed': { collapsed: boolean };
  'suggestions.accept': { client: Client; items: LedgerItem[] };
  'item.add': { client: Client; item: LedgerItem };
  'item.edit': LedgerItem;
  'item.setStatus': LedgerItem;
  'item.markDone': LedgerItem;
  'item.renegotiate': LedgerItem;
  'suggestion.dismiss': DismissalRecord;
  'learning.get': LearnedSummary;
  'learning.reset': LearnedSummary;
  'items.markSentForConfirmation': LedgerItem[];
  'items.openForClient': LedgerItem[];
  'items.dueSoon': DueSoonEntry[];
  'client.list': Client[];
  'ledger.export': LedgerExport;
  'ledger.exportCsv': { csv: string; filename: string };
  'ledger.import': ImportSummary;
  // Review meetings
  'review.proposeSlots': {
    provider: ProviderId;
    timeZone: string;
    slots: ProposedSlot[];
    busyKnown: boolean;
  };
  'review.book': { client: Client; reviews: ReviewView[] };
  'review.reschedule': ReviewView;
  'review.cancel': ReviewView;
  'reviews.forClient': ReviewView[];
  'calendar.status': CalendarStatus;
  'calendar.connect': CalendarStatus;
  'calendar.disconnect': CalendarStatus;
  'mail.readConversation': Thread | null;
  'mail.exactReading': SettingsView;
}

/** A review as the sidebar shows it: `outbox` says a change of it is still waiting or was refused. */
export interface ReviewView extends Review {
  outbox?: 'pending' | 'failed';
  /** The next occurrence's start (the review's own start when it does not repeat); null when over. */
  nextStart?: string | null;
}

export interface CalendarAccountStatus {
  /** A client id is set (or built into a Chrome build's manifest, for Google). */
  configured: boolean;
  /** A token is held for this browser session. */
  connected: boolean;
}

export interface CalendarStatus {
  defaultProvider: ProviderId;
  /** The zone slots are proposed in (working hours, else settings, else the browser's). */
  timeZone: string;
  google: CalendarAccountStatus;
  microsoft: CalendarAccountStatus;
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
