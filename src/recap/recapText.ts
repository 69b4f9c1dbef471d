/**
 * "Read it back": a plain-text summary of what each side agreed, for the user to edit and
 * send in a reply. The best account managers send one after every kick-off; the client's
 * "yes, that's right" is what turns a proposed item into a confirmed one.
 */
import type { LedgerItem, Side } from '../core';
import { formatDue, formatMoney, OPEN_STATUSES } from '../core';

export interface RecapInput {
  /** First name of whom the reply goes to, when known ("Sam"). */
  greetingName: string | null;
  ourName: string;
  clientName: string;
  items: LedgerItem[];
  locale?: string;
}

export interface Recap {
  text: string;
  /** The items the recap lists, to be marked as sent for confirmation. */
  itemIds: string[];
}

/** Items worth reading back: still owed (done, missed and cancelled ones are history). */
export function recapItems(items: LedgerItem[]): LedgerItem[] {
  return items.filter((i) => OPEN_STATUSES.includes(i.status));
}

export function buildRecap(input: RecapInput): Recap {
  const items = recapItems(input.items);
  const section = (side: Side, heading: string) => {
    const mine = items.filter((i) => i.owner === side);
    if (mine.length === 0) return [];
    return [heading, ...mine.map((i) => `- ${describe(i, input.locale)}`), ''];
  };
  const lines = [
    `Hi ${input.greetingName ?? 'all'},`,
    '',
    'To make sure we are on the same page, here is what we agreed:',
    '',
    ...section('us', `From ${input.ourName}:`),
    ...section('client', `From ${input.clientName}:`),
    'Could you reply to confirm, or tell me if anything is missing or different from what you expected?',
  ];
  if (items.length === 0) lines.splice(2, 3, 'There is nothing open between us on record at the moment.', '');
  return { text: lines.join('\n'), itemIds: items.map((i) => i.id) };
}

function describe(item: LedgerItem, locale?: string): string {
  const parts = [sentenceCase(item.text.trim().replace(/[.!]+$/, ''))];
  if (item.amount) parts.push(formatMoney(item.amount, locale));
  if (item.terms) parts.push(`(${item.terms})`);
  if (item.due) parts.push(`by ${formatDue(item.due, locale)}${item.dueTime ? ` ${item.dueTime}` : ''}`);
  return parts.join(' — ').replace(' — (', ' (');
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
