/**
 * Accord's recurrence as Microsoft Graph's patternedRecurrence. Mirrors toRRule in
 * cadence.ts: weekly keeps the weekday, monthly/quarterly keep "the Nth weekday".
 */
import { DateTime } from 'luxon';
import { weekdayOrdinal } from './cadence';
import type { EventRecurrence } from './types';

export interface PatternedRecurrence {
  pattern: {
    type: 'weekly' | 'relativeMonthly';
    interval: number;
    daysOfWeek: string[];
    firstDayOfWeek?: 'monday';
    index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
  };
  range: {
    type: 'noEnd' | 'numbered' | 'endDate';
    startDate: string;
    endDate?: string;
    numberOfOccurrences?: number;
    recurrenceTimeZone: string;
  };
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const INDEX = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

export function toGraphRecurrence(
  rec: EventRecurrence,
  start: string,
  timeZone: string,
): PatternedRecurrence {
  const local = DateTime.fromISO(start, { zone: timeZone });
  const day = DAY_NAMES[local.weekday - 1]!;
  const weekly = rec.cadence === 'weekly' || rec.cadence === 'biweekly';
  const pattern: PatternedRecurrence['pattern'] = weekly
    ? {
        type: 'weekly',
        interval: rec.cadence === 'weekly' ? 1 : 2,
        daysOfWeek: [day],
        firstDayOfWeek: 'monday',
      }
    : {
        type: 'relativeMonthly',
        interval: rec.cadence === 'monthly' ? 1 : 3,
        daysOfWeek: [day],
        index: INDEX[weekdayOrdinal(local) as keyof typeof INDEX],
      };
  const startDate = local.toISODate()!;
  const range: PatternedRecurrence['range'] = rec.until
    ? { type: 'endDate', startDate, endDate: rec.until, recurrenceTimeZone: timeZone }
    : rec.count !== undefined
      ? { type: 'numbered', startDate, numberOfOccurrences: rec.count, recurrenceTimeZone: timeZone }
      : { type: 'noEnd', startDate, recurrenceTimeZone: timeZone };
  return { pattern, range };
}
