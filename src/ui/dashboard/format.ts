/** Words and numbers the dashboard shows; plain functions, no DOM. */
import { formatDue } from '../format';

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** "+12 pts", "−5 pts", "no change" for a change in rate; null when there is nothing to compare. */
export function trendText(trend: number | null): string | null {
  if (trend === null) return null;
  const points = Math.round(trend * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const days = (n: number | null) => (n === null ? '' : plural(Math.round(n * 10) / 10, 'day'));

/** "3 days overdue", "due today", "due tomorrow", "due in 4 days" relative to `today`. */
export function dueRelative(due: string, today: string): string {
  const diff = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (diff < 0) return `${plural(-diff, 'day')} overdue`;
  if (diff === 0) return 'due today';
  if (diff === 1) return 'due tomorrow';
  return `due in ${diff} days`;
}

/** A review's start as "Tue 10 Mar 2026, 10:00" in the browser's zone. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const formatDay = (day: string | null) => (day ? formatDue(day) : '—');
