/**
 * What the ledger stores. The store itself (IndexedDB) lives in src/ledger and is
 * opened only in the extension origin; these plain types travel in messages.
 */
import type { ExpectationKind, Money, Recurrence, Side } from './expectation';
import type { MailHost } from './mail';

export type ExpectationStatus = 'proposed' | 'confirmed' | 'done' | 'missed' | 'cancelled' | 'renegotiated';

/** Statuses in which an item is still owed. */
export const OPEN_STATUSES: readonly ExpectationStatus[] = ['proposed', 'confirmed', 'renegotiated'];

export interface Client {
  id: string;
  name: string;
  /** Organisation domains, lower-case ("acme.com"). */
  domains: string[];
  /** Individual addresses: free-mail contacts, or people outside the domains. */
  addresses: string[];
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** Where an item came from: a sentence in a message of a thread. */
export interface SourceRef {
  host: MailHost;
  threadId: string;
  threadUrl: string;
  messageId: string;
  /** The sentence, as written. */
  quote: string;
  start: number;
  end: number;
  sentAt: string;
}

export interface HistoryEntry {
  at: string;
  /** 'user' for a person's action; 'accord' for something Accord did on its own. */
  by: 'user' | 'accord';
  /** What happened, e.g. 'accepted', 'status:done', 'renegotiated', 'edited'. */
  action: string;
  why?: string;
  /** Field values before and after, only the fields that changed. */
  from?: Record<string, unknown>;
  to?: Record<string, unknown>;
  /** The message that prompted the change (a delivery or drift signal), when there was one. */
  evidence?: SourceRef;
}

export interface LedgerItem {
  id: string;
  clientId: string;
  kind: ExpectationKind;
  owner: Side;
  /** What is owed, in the user's words (starts as the source sentence). */
  text: string;
  due: string | null;
  dueTime?: string;
  amount: Money | null;
  terms?: string;
  recurrence?: Recurrence;
  status: ExpectationStatus;
  /** `YYYY-MM-DD` the item was done, when status is 'done'. */
  doneOn?: string;
  source: SourceRef | null;
  createdAt: string;
  updatedAt: string;
  history: HistoryEntry[];
  /** When the item was last read back to the client in a recap ("Send recap"). */
  sentForConfirmationAt?: string;
  /** The user marked it as delivered beyond what was agreed (the scorecard counts these). */
  extra?: boolean;
  /**
   * Derived by the ledger's write path (1 when `status` is in OPEN_STATUSES), only so
   * IndexedDB can index open items; never set it anywhere else.
   */
  open?: 0 | 1;
}

/** The fields a user can set on an item: by hand, when accepting, or when editing. */
export type ItemFields = Pick<
  LedgerItem,
  'kind' | 'owner' | 'text' | 'due' | 'dueTime' | 'amount' | 'terms' | 'recurrence'
>;
