/**
 * Expectations: what one side agreed to give the other. Shared by extraction
 * (suggestions), the ledger (agreed items) and the calendar (agendas).
 */

/** The side that must act. */
export type Side = 'us' | 'client';

export type ExpectationKind = 'deliverable' | 'request' | 'payment' | 'meeting' | 'standard';

export const EXPECTATION_KINDS: readonly ExpectationKind[] = [
  'deliverable',
  'request',
  'payment',
  'meeting',
  'standard',
];

/** Money: value in major units, currency as an ISO 4217 code. */
export interface Money {
  value: number;
  currency: string;
}

/** A repeating obligation ("every Friday", "every two weeks"). */
export interface Recurrence {
  freq: 'daily' | 'weekly' | 'monthly' | 'yearly';
  interval: number;
  /** Two-letter iCalendar weekday codes, e.g. ['MO'] for "weekly on Mondays". */
  byWeekday?: ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[];
}

/** A commitment or request extraction found in one message, not yet agreed. */
export interface SuggestedExpectation {
  messageId: string;
  kind: ExpectationKind;
  owner: Side;
  /** The sentence or clause it came from, exactly as in the message text. */
  text: string;
  /** Offsets of `text` into the message text: `message.text.slice(start, end) === text`. */
  start: number;
  end: number;
  /** Calendar date due, `YYYY-MM-DD` in the user's time zone, or null when none or vague. */
  due: string | null;
  /** `HH:MM` (24 h) when a time of day was given. */
  dueTime?: string;
  amount: Money | null;
  /**
   * True when the amount was read under bidirectional control characters (e.g. U+202E, which
   * makes "005,9$" display as "$9,500"): what the mail shows may differ from `amount`. The
   * amount is never rewritten; the sidebar warns instead.
   */
  amountSuspect?: boolean;
  /** 0..1 */
  confidence: number;
  recurrence?: Recurrence;
  /** Payment terms as written ("net 30", "two instalments"), when there are any. */
  terms?: string;
}

/** Evidence about an earlier expectation: it was delivered, or it drifted. */
export interface Signal {
  type: 'delivery' | 'drift';
  messageId: string;
  text: string;
  start: number;
  end: number;
  /** The side whose item this signal is about (the side that delivered / owes the drifting item). */
  owner: Side;
  /** Words naming the thing delivered or changed ("revised proposal", "guidelines"), for matching. */
  subject: string;
  /** For drift: the new due date, new amount, or added scope, when stated. */
  newDue?: string | null;
  newAmount?: Money | null;
  addedScope?: string;
}

/** What extraction returns for one thread. */
export interface ExtractionResult {
  expectations: SuggestedExpectation[];
  signals: Signal[];
}
