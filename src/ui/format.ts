import type { ExpectationKind, ExpectationStatus, Money, Side } from '../core';

/** "$12,500.00" in the browser's locale, the currency's own symbol. */
export function formatMoney(amount: Money, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency }).format(
      amount.value,
    );
  } catch {
    return `${amount.value} ${amount.currency}`;
  }
}

/** "Fri 27 Mar 2026" (locale order) from `YYYY-MM-DD`, read as a calendar date, not an instant. */
export function formatDue(due: string, locale?: string): string {
  const [y, m, d] = due.split('-').map(Number);
  if (!y || !m || !d) return due;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export const SIDE_HEADING: Record<Side, string> = { us: 'We owe them', client: 'They owe us' };

export const KIND_LABEL: Record<ExpectationKind, string> = {
  deliverable: 'Deliverable',
  request: 'Request',
  payment: 'Payment',
  meeting: 'Meeting',
  standard: 'Standard',
};

export const STATUS_LABEL: Record<ExpectationStatus, string> = {
  proposed: 'Proposed',
  confirmed: 'Confirmed',
  done: 'Done',
  missed: 'Missed',
  cancelled: 'Cancelled',
  renegotiated: 'Renegotiated',
};
