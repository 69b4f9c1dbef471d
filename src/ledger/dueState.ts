/**
 * How close an open item is to its due date, counted in calendar days from the user's
 * local "today" (`localDay`): overdue by N days, due today, due within the week, or later.
 * Pure date arithmetic on `YYYY-MM-DD` strings in UTC, so a DST change between today and
 * the due date never makes a day count as 23 or 25 hours.
 */
import { OPEN_STATUSES, type LedgerItem } from '../core';

export type DueState =
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'later'; days: number }
  | { kind: 'undated' }
  | { kind: 'closed' };

/** Items due within this many days (tomorrow … a week from today) are "due this week". */
export const DUE_SOON_DAYS = 7;

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function dueState(item: Pick<LedgerItem, 'status' | 'due'>, today: string): DueState {
  if (!OPEN_STATUSES.includes(item.status)) return { kind: 'closed' };
  if (!item.due) return { kind: 'undated' };
  const days = daysBetween(today, item.due);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today' };
  if (days <= DUE_SOON_DAYS) return { kind: 'soon', days };
  return { kind: 'later', days };
}

/** The words the panel, the dashboard and notifications use: "3 days overdue", "Due tomorrow". */
export function describeDueState(state: DueState): string | null {
  switch (state.kind) {
    case 'overdue':
      return state.days === 1 ? '1 day overdue' : `${state.days} days overdue`;
    case 'today':
      return 'Due today';
    case 'soon':
      return state.days === 1 ? 'Due tomorrow' : `Due in ${state.days} days`;
    default:
      return null;
  }
}
