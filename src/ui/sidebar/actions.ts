import type { ExpectationStatus, ItemFields, LedgerItem, SuggestedExpectation } from '../../core';
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
  /**
   * A polite follow-up about something the client owes, written into a reply of the open
   * thread for the user to send (never sent by Accord). Left out by a host with no reply
   * compose yet; the panel then offers none.
   */
  draftFollowUp?(item: LedgerItem): Promise<void>;
}

/** A suggestion's key in the sidebar (`data-suggestion-key`) and for its in-thread highlight. */
export const suggestionKey = (s: Pick<SuggestedExpectation, 'messageId' | 'start'>) =>
  `${s.messageId}:${s.start}`;

/** A message's "and N more" line in the sidebar, and the id of its chip in the mail. */
export const moreKey = (messageId: string) => `more:${messageId}`;

/** "1,970": thousands grouped without building an Intl formatter per call. */
export function grouped(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? '-' : '') + out;
}
