import type { Money } from './expectation';

/** Plain formatting shared by the sidebar and the recap: no DOM, runs in any context. */

/** "$12,500.00" in the given (or the runtime's) locale, with the currency's own symbol. */
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
  return dueFormat(locale).format(date);
}

// Building an Intl formatter costs far more than using one: a list of cards made one each.
const dueFormats = new Map<string, Intl.DateTimeFormat>();
function dueFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dueFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dueFormats.set(key, format);
  }
  return format;
}

/** The local calendar date of an instant as `YYYY-MM-DD` (the user's day, not UTC's). */
export function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
