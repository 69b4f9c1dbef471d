/**
 * The words of reminder notifications: the client, the item, and how soon it is due. Plain
 * text (notifications render no markup), cut short so the system's popup shows all of it.
 */
import { formatDue, formatMoney, type LedgerItem } from '../core';
import { describeDueState, dueState } from '../ledger/dueState';

export interface NotificationText {
  title: string;
  message: string;
  contextMessage: string;
}

const MAX = 180;

export function reminderText(
  item: LedgerItem,
  clientName: string,
  today: string,
  snoozed = false,
): NotificationText {
  const state = dueState(item, today);
  const when = describeDueState(state) ?? (item.due ? `Due ${formatDue(item.due)}` : 'Reminder');
  const client = clientName.trim() || 'a client';
  const what = shorten(item.text.trim());
  return {
    title: `${snoozed ? 'Snoozed: ' : ''}${when} · ${client}`,
    message: item.owner === 'us' ? `You owe ${client}: ${what}` : `${client} owes you: ${what}`,
    contextMessage: [
      item.due ? `Due ${formatDue(item.due)}${item.dueTime ? ` ${item.dueTime}` : ''}` : null,
      item.amount ? formatMoney(item.amount) : null,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

export interface DigestCounts {
  us: { overdue: number; today: number };
  client: { overdue: number; today: number };
}

/** "Today: you owe 2 (1 overdue) · clients owe you 3 (2 overdue)". Null when there is nothing to say. */
export function digestText(
  counts: DigestCounts,
  today: string,
  firstItems: string[],
): NotificationText | null {
  const part = (label: string, c: { overdue: number; today: number }) =>
    c.today + c.overdue === 0
      ? null
      : `${label} ${c.today} today${c.overdue ? `, ${c.overdue} overdue` : ''}`;
  const parts = [part('You owe', counts.us), part('Clients owe you', counts.client)].filter(Boolean);
  if (parts.length === 0) return null;
  return {
    title: `Accord · ${formatDue(today)}`,
    message: parts.join(' · '),
    contextMessage: shorten(firstItems.slice(0, 3).join(' · ')),
  };
}

function shorten(text: string): string {
  return text.length <= MAX ? text : `${text.slice(0, MAX - 1).trimEnd()}…`;
}
