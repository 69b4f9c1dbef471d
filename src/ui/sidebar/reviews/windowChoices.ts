/** How far ahead to look for free time. */
export const WINDOW_CHOICES = [
  { days: 7, label: 'Next week' },
  { days: 14, label: 'Next 2 weeks' },
  { days: 28, label: 'Next 4 weeks' },
  { days: 56, label: 'Next 8 weeks' },
] as const;

export const DEFAULT_WINDOW_DAYS = 14;

export function windowFrom(now: Date, days: number): { start: string; end: string } {
  return { start: now.toISOString(), end: new Date(now.getTime() + days * 86_400_000).toISOString() };
}
