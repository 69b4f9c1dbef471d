/**
 * Repeating obligations: "every Friday", "weekly on Mondays", "every two weeks", "monthly",
 * "on the first of each month", "quarterly". Returns null for one-off items.
 */
import type { Recurrence } from '../core/expectation';

type Weekday = NonNullable<Recurrence['byWeekday']>[number];

const DAY = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday`;

export const RECURRENCE_PATTERNS = {
  everyN: /\bevery (\d{1,2}|two|three|four|other|second|third) (day|week|month|year)s?\b/i,
  everyUnit: /\b(?:every|each|per|once a) (day|week|month|year|quarter|weekday|business day|working day)\b/i,
  /** "$4,000 a month": a price per period repeats. */
  amountPer: /\d(?:k|m)? (?:a|per) (week|month|year|quarter)\b/i,
  everyDay: new RegExp(String.raw`\b(?:every|each) (${DAY})\b`, 'i'),
  pluralDay: new RegExp(String.raw`\b(?:on )?(${DAY})s\b`, 'i'),
  adverb: /\b(daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly)\b/i,
  weekdayList: new RegExp(String.raw`\b(${DAY})s?\b`, 'gi'),
} as const;

const CODES: Record<string, Weekday> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

const INTERVALS: Record<string, number> = { two: 2, three: 3, four: 4, other: 2, second: 2, third: 3 };

function weekdaysIn(text: string): Weekday[] {
  const re = new RegExp(RECURRENCE_PATTERNS.weekdayList.source, 'gi');
  const out: Weekday[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const code = CODES[(m[1] ?? '').toLowerCase()];
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

function withDays(r: Recurrence, text: string): Recurrence {
  if (r.freq !== 'weekly') return r;
  const days = weekdaysIn(text);
  return days.length > 0 ? { ...r, byWeekday: days } : r;
}

export function parseRecurrence(text: string): Recurrence | null {
  const P = RECURRENCE_PATTERNS;
  let m = P.everyN.exec(text);
  if (m) {
    const n = INTERVALS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const freq = `${(m[2] ?? 'week').toLowerCase()}ly`.replace('dayly', 'daily') as Recurrence['freq'];
    return withDays({ freq, interval: n > 0 ? n : 1 }, text);
  }
  m = P.everyDay.exec(text);
  if (m) return withDays({ freq: 'weekly', interval: 1 }, text);
  m = P.adverb.exec(text);
  if (m) {
    const w = (m[1] ?? '').toLowerCase().replace('-', '');
    if (w === 'daily') return { freq: 'daily', interval: 1 };
    if (w === 'weekly') return withDays({ freq: 'weekly', interval: 1 }, text);
    if (w === 'biweekly' || w === 'fortnightly') return withDays({ freq: 'weekly', interval: 2 }, text);
    if (w === 'monthly') return { freq: 'monthly', interval: 1 };
    if (w === 'bimonthly') return { freq: 'monthly', interval: 2 };
    if (w === 'quarterly') return { freq: 'monthly', interval: 3 };
    return { freq: 'yearly', interval: 1 };
  }
  m = P.everyUnit.exec(text);
  if (m) {
    const unit = (m[1] ?? '').toLowerCase();
    if (unit === 'quarter') return { freq: 'monthly', interval: 3 };
    if (unit === 'weekday' || unit === 'business day' || unit === 'working day')
      return { freq: 'weekly', interval: 1, byWeekday: ['MO', 'TU', 'WE', 'TH', 'FR'] };
    const freq = unit === 'day' ? 'daily' : (`${unit}ly` as Recurrence['freq']);
    return withDays({ freq, interval: 1 }, text);
  }
  m = P.amountPer.exec(text);
  if (m) {
    const unit = (m[1] ?? '').toLowerCase();
    return unit === 'quarter'
      ? { freq: 'monthly', interval: 3 }
      : { freq: `${unit}ly` as Recurrence['freq'], interval: 1 };
  }
  m = P.pluralDay.exec(text);
  if (m) return withDays({ freq: 'weekly', interval: 1 }, text);
  return null;
}
