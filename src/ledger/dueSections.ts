/**
 * The dashboard's Today view reads open items a page at a time from the byOpenDue index:
 * overdue (due before today) and upcoming (today through today + N days). Each page is one
 * getAll with a count, so the first screen costs the same with 1,000 items or 100,000.
 *
 * Totals are a separate, capped call: Chromium's IDBIndex.count() walks every entry of the
 * range (measured 2026-12-02: 0.6–2 s for 25,000 overdue items out of 100,000, against
 * 2–20 ms for the first 101 rows), so the view shows its rows first, then a total counted
 * up to 1,000 keys ("1000+" beyond).
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
  const rows = await index.getAll(from, limit + skip + 1);
  const page = rows.slice(skip, skip + limit);
  const more = rows.length > skip + limit;
  const last = page[page.length - 1];
  let next: DuePageCursor | null = null;
  if (more && last?.due) {
    const sameDay = page.filter((i) => i.due === last.due).length;
    next = { due: last.due, seen: (after && after.due === last.due ? skip : 0) + sameDay };
  }
  return { items: page, next };
}

/** Counting stops here: beyond it the view says "1000+" (a count costs every entry it walks). */
export const DUE_COUNT_CAP = 1000;

/**
 * How many open items the section holds, up to `cap` (then `capped`). Reads at most `cap`
 * keys, so its cost is bounded (IDBIndex.count() would walk the whole range).
 */
export async function dueCount(
  db: LedgerDb,
  section: DueSection,
  today: string,
  days: number,
  cap = DUE_COUNT_CAP,
): Promise<{ total: number; capped: boolean }> {
  const keys = await db.getAllKeysFromIndex(
    'expectations',
    'byOpenDue',
    sectionRange(section, today, days),
    cap + 1,
  );
  return { total: Math.min(keys.length, cap), capped: keys.length > cap };
}
