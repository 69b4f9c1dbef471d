/**
 * Items as CSV for spreadsheets. RFC 4180: every field quoted, quotes doubled, CRLF
 * between rows. Text cells that a spreadsheet would run as a formula (see FORMULA_START)
 * get a leading apostrophe: the item text comes from
 * email, and an email must not be able to plant a formula in the user's spreadsheet.
 * A UTF-8 byte-order mark leads the file so Excel reads accents correctly.
 */
import type { Client, LedgerItem } from '../core';
import type { LedgerDb } from './db';

const COLUMNS = [
  'Client',
  'Side',
  'Kind',
  'What',
  'Due',
  'Due time',
  'Amount',
  'Currency',
  'Terms',
  'Status',
  'Done on',
  'Source quote',
  'Source link',
  'Source sent at',
  'Created',
  'Updated',
  'Id',
] as const;

export function itemsToCsv(clients: Client[], items: LedgerItem[]): string {
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const rows = items.map((item) => [
    text(names.get(item.clientId) ?? ''),
    item.owner === 'us' ? 'us' : 'client',
    item.kind,
    text(item.text),
    item.due ?? '',
    item.dueTime ?? '',
    // Numbers we format ourselves are safe, including negative ones.
    item.amount ? String(item.amount.value) : '',
    item.amount?.currency ?? '',
    text(item.terms ?? ''),
    item.status,
    item.doneOn ?? '',
    text(item.source?.quote ?? ''),
    text(item.source?.threadUrl ?? ''),
    item.source?.sentAt ?? '',
    item.createdAt,
    item.updatedAt,
    text(item.id),
  ]);
  return (
    '\uFEFF' +
    [COLUMNS as readonly string[], ...rows].map((row) => row.map(quote).join(',')).join('\r\n') +
    '\r\n'
  );
}

/** All items, grouped by client name then soonest due, as CSV. */
export async function exportItemsCsv(db: LedgerDb): Promise<string> {
  const tx = db.transaction(['clients', 'expectations'], 'readonly');
  const [clients, items] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('expectations').getAll(),
  ]);
  await tx.done;
  const names = new Map(clients.map((c) => [c.id, c.name]));
  items.sort(
    (a, b) =>
      (names.get(a.clientId) ?? '').localeCompare(names.get(b.clientId) ?? '') ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return itemsToCsv(clients, items);
}

/**
 * What a text cell must not start with. A formula starter: `= + - @`, their fullwidth
 * forms (`＝＋－＠`, which Excel's East Asian input reads as the ASCII ones), their small
 * forms (`﹦﹢﹣﹫`) and the minus sign `−`. And anything a spreadsheet or the eye may skip
 * before one: any whitespace or line break (`\n=1` was left as is, issue 10), controls, and
 * invisible format characters (zero-width space and joiners, bidi marks, BOM, soft hyphen).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212\s\p{Cc}\p{Cf}]/u;

/** Neutralises a text cell a spreadsheet would treat as a formula. */
export function text(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}
