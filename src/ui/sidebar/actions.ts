import type { ExpectationStatus, ItemFields, SuggestedExpectation } from '../../core';
import type { ClientView } from '../../messaging/protocol';
import type { SignalOffer } from '../../signals/matchSignals';

export type { ItemFields };

/**
 * Everything the sidebar can ask for. The content script implements these with messages
 * to the worker (src/content/sidebarActions.ts); the components never talk to it directly.
 * Each returns when the ledger has the change, or throws with a plain-language message.
 */
export interface SidebarActions {
  rename(view: ClientView, name: string): Promise<void>;
  attachDomain(view: ClientView, domain: string): Promise<void>;
  accept(entries: { suggestion: SuggestedExpectation; edits?: ItemFields }[]): Promise<void>;
  dismiss(suggestion: SuggestedExpectation): Promise<void>;
  /** `sentence`: the email's words the item comes from, when the user gave them (extraction learns from it). */
  addItem(fields: ItemFields, sentence?: string): Promise<void>;
  setStatus(itemId: string, status: Exclude<ExpectationStatus, 'renegotiated'>): Promise<void>;
  applyOffer(offer: SignalOffer): Promise<void>;
}

/** A suggestion's key in the sidebar (`data-suggestion-key`) and for its in-thread highlight. */
export const suggestionKey = (s: Pick<SuggestedExpectation, 'messageId' | 'start'>) =>
  `${s.messageId}:${s.start}`;
