/**
 * The dashboard's Today view reads open items a page at a time from the byOpenDue index:
 * overdue (due before today) and upcoming (today through today + N days). Each page is one
 * getAll with a count, so the first screen costs the same with 1,000 items or 100,000.
 */
import type { LedgerItem } from '../core';
import type { LedgerDb } from './db';
import { addDays } from './fields';

export type DueSection = 'overdue' | 'upcoming';

/**
 * Where the previous page stopped: the last due date it returned and how many items with
 * that date it had returned (the index orders equal dates by id, so skipping that many
 * resumes exactly where the page ended, as long as nothing was written in between).
 */
export interface DuePageCursor {
  due: string;
  seen: number;
}

export interface DuePage {
  items: LedgerItem[];
  /** Every open item in the section (not only this page). */
  total: number;
  next: DuePageCursor | null;
}

const OPEN = 1;

export function sectionRange(section: DueSection, today: string, days: number): IDBKeyRange {
  return section === 'overdue'
    ? // '' sorts before every date; the upper bound excludes today.
      IDBKeyRange.bound([OPEN, ''], [OPEN, today], false, true)
    : IDBKeyRange.bound([OPEN, today], [OPEN, addDays(today, days)]);
}

export async function duePage(
  db: LedgerDb,
  section: DueSection,
  today: string,
  days: number,
  limit: number,
  after: DuePageCursor | null = null,
): Promise<DuePage> {
  const range = sectionRange(section, today, days);
  const tx = db.transaction('expectations');
  const index = tx.store.index('byOpenDue');
  const from = after
    ? IDBKeyRange.bound([OPEN, after.due], range.upper as [number, string], false, range.upperOpen)
    : range;
  const skip = after?.seen ?? 0;
  const [rows, total] = await Promise.all([index.getAll(from, limit + skip + 1), index.count(range)]);
  const page = rows.slice(skip, skip + limit);
  const more = rows.length > skip + limit;
  const last = page[page.length - 1];
  let next: DuePageCursor | null = null;
  if (more && last?.due) {
    const sameDay = page.filter((i) => i.due === last.due).length;
    next = { due: last.due, seen: (after && after.due === last.due ? skip : 0) + sameDay };
  }
  return { items: page, total, next };
}
