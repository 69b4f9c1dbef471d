import type { SourceRef, SuggestedExpectation } from '../../../src/core';
import { openLedger, type AcceptInput } from '../../../src/ledger';

let counter = 0;
/** A new, empty ledger database for one test. */
export const freshLedger = () => openLedger(`ledger-test-${Date.now()}-${++counter}`);

export const at = (iso: string) => new Date(iso);
export const NOW = at('2026-03-02T10:00:00Z');

export const thread = { host: 'gmail' as const, id: 't1', url: 'https://mail.google.com/mail/u/0/#inbox/t1' };

export function suggestion(overrides: Partial<SuggestedExpectation> = {}): SuggestedExpectation {
  return {
    messageId: 'm1',
    kind: 'deliverable',
    owner: 'us',
    text: 'We will send the revised proposal by Friday.',
    start: 10,
    end: 54,
    due: '2026-03-06',
    amount: null,
    confidence: 0.9,
    ...overrides,
  };
}

export function acceptInput(suggestions: AcceptInput['suggestions']): AcceptInput {
  return {
    clientKey: 'domain:acme.com',
    clientName: 'Acme',
    thread,
    suggestions,
    sentAt: { m1: '2026-03-02T09:15:00-05:00', m2: '2026-03-03T09:15:00-05:00' },
  };
}

export const deliveryEvidence: SourceRef = {
  host: 'gmail',
  threadId: 't1',
  threadUrl: thread.url,
  messageId: 'm3',
  quote: 'Attached is the revised proposal.',
  start: 0,
  end: 33,
  sentAt: '2026-03-05T16:00:00-05:00',
};
