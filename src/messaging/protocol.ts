/**
 * The one table of messages between the extension's contexts. Each entry names who may
 * send it (a content script on a mail host, or one of our own extension pages) and the
 * schema its payload must pass. Responses are typed in `Responses` below.
 */
import * as v from 'valibot';
import type { Client, LedgerItem, SuggestedExpectation, Signal } from '../core';
import type { ClientKey } from '../clients';
import type { Settings } from '../ledger/settings';
import {
  ClientKeySchema,
  ClientNameSchema,
  DomainSchema,
  EmailSchema,
  SettingsPatchSchema,
  ThreadSchema,
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
}

export interface Responses {
  'thread.open': ThreadView;
  'client.rename': Client;
  'client.attachDomain': Client;
  'settings.get': Settings;
  'settings.update': Settings;
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
