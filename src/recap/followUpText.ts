/**
 * A polite follow-up about something the client owes and is late with: it names the item,
 * the date both sides agreed, and the email it was agreed in (its date and the sentence),
 * so nobody has to dig for the context. Plain text for any mail host's reply; the user
 * edits and sends it, Accord never does.
 */
import { formatDue, formatMoney, localDay, type LedgerItem } from '../core';

export interface FollowUpInput {
  /** First name of whom the reply goes to, when known ("Priya"). */
  greetingName: string | null;
  /** The user's name, to sign with; null leaves the signature to the user. */
  ourName: string | null;
  item: LedgerItem;
  locale?: string;
}

const MAX_QUOTE = 300;

export function buildFollowUp({ greetingName, ourName, item, locale }: FollowUpInput): string {
  const what = item.text.trim().replace(/[.!]+$/, '');
  const amount = item.amount ? ` (${formatMoney(item.amount, locale)})` : '';
  const agreed = item.due
    ? `, which we agreed for ${formatDue(item.due, locale)}${item.dueTime ? ` ${item.dueTime}` : ''}`
    : '';
  const lines = [
    `Hi ${greetingName ?? 'there'},`,
    '',
    `I hope all is well. A gentle reminder about “${what}”${amount}${agreed}.`,
  ];
  if (item.source) {
    const sent = new Date(item.source.sentAt);
    const day = Number.isNaN(sent.getTime()) ? null : formatDue(localDay(sent), locale);
    const quote = shorten(item.source.quote.trim().replace(/\s+/g, ' '));
    lines.push(`${day ? `In your email of ${day}` : 'In your email'} you wrote: “${quote}”`);
  }
  lines.push('', 'Could you let me know where this stands, or when we can expect it?', '', 'Thank you,');
  if (ourName) lines.push(ourName);
  return lines.join('\n');
}

function shorten(text: string): string {
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}
