/**
 * The review agenda, written from the ledger: plain text that goes into the event's
 * description (and the ICS DESCRIPTION), so it must read well in any calendar.
 * Ordering is deterministic (date, then text, then id) so the same ledger gives the same text.
 */
import type { Client, LedgerItem } from '../core/ledger';
import { OPEN_STATUSES } from '../core/ledger';
import type { Side } from '../core/expectation';

export interface AgendaInput {
  client: Client;
  items: LedgerItem[];
  /** ISO date or date-time of the last review; null when there was none. */
  lastReviewAt: string | null;
  /** `YYYY-MM-DD` in the user's zone: what is due before this is late. */
  today: string;
}

const MAX_TEXT = 120;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 1)}…` : oneLine;
}

function money(item: LedgerItem): string {
  if (!item.amount) return '';
  const value = item.amount.value.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return ` ${item.amount.currency} ${value}`;
}

function line(item: LedgerItem, extra: string): string {
  return `- ${shorten(item.text)}${money(item)}${extra}`;
}

function byDateThenText(date: (i: LedgerItem) => string | null) {
  return (a: LedgerItem, b: LedgerItem) => {
    const da = date(a) ?? '9999';
    const db = date(b) ?? '9999';
    return da.localeCompare(db) || a.text.localeCompare(b.text) || a.id.localeCompare(b.id);
  };
}

const side = (s: Side) => (s === 'us' ? 'us' : 'them');

/** The day an item was done: `doneOn`, else the date of its last 'status:done' history entry. */
function doneDate(item: LedgerItem): string | null {
  if (item.doneOn) return item.doneOn;
  const entry = [...item.history].reverse().find((h) => h.action === 'status:done');
  return entry ? entry.at.slice(0, 10) : null;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`${title}`, ...lines, ''] : [];
}

export function buildAgenda(input: AgendaInput): string {
  const { items, today } = input;
  const since = input.lastReviewAt;
  const sinceDay = since ? since.slice(0, 10) : null;
  const live = items.filter((i) => i.clientId === input.client.id && i.status !== 'cancelled');

  const deliveredBy = (owner: Side) =>
    live
      .filter((i) => i.owner === owner && i.status === 'done')
      .filter((i) => {
        const d = doneDate(i);
        return sinceDay === null || (d !== null && d > sinceDay);
      })
      .sort(byDateThenText(doneDate))
      .map((i) => line(i, doneDate(i) ? ` (done ${doneDate(i)})` : ''));

  // Standards are standing rules, not to-dos: they never appear as open or late.
  const owed = live.filter((i) => i.kind !== 'standard' && OPEN_STATUSES.includes(i.status));
  const isLate = (i: LedgerItem) => i.status === 'missed' || (i.due !== null && i.due < today);
  const late = [...owed.filter(isLate), ...live.filter((i) => i.status === 'missed' && i.kind !== 'standard')]
    .sort(byDateThenText((i) => i.due))
    .map((i) => line(i, ` (${side(i.owner)}, due ${i.due ?? 'unset'})`));
  const openOn = (owner: Side) =>
    owed
      .filter((i) => i.owner === owner && !isLate(i))
      .sort(byDateThenText((i) => i.due))
      .map((i) => line(i, i.due ? ` (due ${i.due})` : ' (no due date)'));

  const renegotiated = live
    .flatMap((i) =>
      i.history
        .filter((h) => h.action === 'renegotiated' && (since === null || h.at > since))
        .map((h) => ({ item: i, entry: h })),
    )
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.item.id.localeCompare(b.item.id))
    .map(({ item, entry }) => {
      const changes = Object.keys(entry.to ?? {})
        .sort()
        .map((k) => `${k} ${show(entry.from?.[k])} → ${show(entry.to?.[k])}`);
      const what = changes.length ? `: ${changes.join(', ')}` : '';
      const why = entry.why ? ` (${shorten(entry.why)})` : '';
      return `- ${shorten(item.text)}${what}${why}`;
    });

  const header = [
    `Review with ${input.client.name} — ${today}`,
    sinceDay ? `Since the last review on ${sinceDay}.` : 'First review.',
    '',
  ];
  const body = [
    ...section('We delivered:', deliveredBy('us')),
    ...section('They delivered:', deliveredBy('client')),
    ...section('Late:', late),
    ...section('Open on our side:', openOn('us')),
    ...section('Open on their side:', openOn('client')),
    ...section('Changed (renegotiated):', renegotiated),
  ];
  const text = [...header, ...(body.length ? body : ['Nothing recorded in the ledger for this period.', ''])];
  return text.join('\n').trimEnd() + '\n';
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'object' && v && 'value' in v && 'currency' in v) {
    const m = v as { value: number; currency: string };
    return `${m.currency} ${m.value}`;
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}
