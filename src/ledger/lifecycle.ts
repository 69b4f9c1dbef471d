/**
 * Which status changes the user may make with `setStatus`. `renegotiated` is reached only
 * through `renegotiate` (it needs the new terms) and `done` usually through `markDone`
 * (it needs a date); both also appear here as targets so the user can set them by hand.
 *
 *   proposed ──confirm──▶ confirmed ──▶ done | missed | cancelled
 *      │                      │
 *      └──▶ done | missed | cancelled        renegotiate (from proposed, confirmed,
 *                                            renegotiated, missed) ──▶ renegotiated
 *   renegotiated ──▶ confirmed | done | missed | cancelled
 *   missed ──▶ done (delivered late)
 *   done | missed | cancelled ──reopen──▶ proposed | confirmed (a mistake undone; kept in history)
 */
import type { ExpectationStatus } from '../core';
import { LedgerRuleError } from './errors';

export const STATUS_TRANSITIONS: Readonly<Record<ExpectationStatus, readonly ExpectationStatus[]>> = {
  proposed: ['confirmed', 'done', 'missed', 'cancelled'],
  confirmed: ['done', 'missed', 'cancelled'],
  renegotiated: ['confirmed', 'done', 'missed', 'cancelled'],
  missed: ['done', 'proposed', 'confirmed'],
  done: ['proposed', 'confirmed'],
  cancelled: ['proposed', 'confirmed'],
};

/** Statuses from which the terms may be renegotiated (a missed deadline is often moved). */
export const RENEGOTIABLE: readonly ExpectationStatus[] = ['proposed', 'confirmed', 'renegotiated', 'missed'];

const WORDS: Record<ExpectationStatus, string> = {
  proposed: 'proposed',
  confirmed: 'confirmed',
  done: 'done',
  missed: 'missed',
  cancelled: 'cancelled',
  renegotiated: 'renegotiated',
};

export function canMoveTo(from: ExpectationStatus, to: ExpectationStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ExpectationStatus, to: ExpectationStatus): void {
  if (from === to) throw new LedgerRuleError(`This item is already ${WORDS[to]}.`);
  if (to === 'renegotiated') {
    throw new LedgerRuleError('To renegotiate an item, give its new date, amount or scope.');
  }
  if (!canMoveTo(from, to)) {
    throw new LedgerRuleError(`An item that is ${WORDS[from]} cannot be marked ${WORDS[to]}.`);
  }
}

/** The history action for a status change: reopening a closed item is named as such. */
export function statusAction(from: ExpectationStatus, to: ExpectationStatus): string {
  const closed = from === 'done' || from === 'missed' || from === 'cancelled';
  return closed && (to === 'proposed' || to === 'confirmed') ? `reopened:${to}` : `status:${to}`;
}
