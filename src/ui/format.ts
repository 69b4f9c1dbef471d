import type { ExpectationKind, ExpectationStatus, Side } from '../core';

export { formatDue, formatMoney } from '../core/format';

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
