import type { LedgerItem } from '../../../src/core';
import { dueCount, duePage, openLedger } from '../../../src/ledger';
import { putItem } from '../../../src/ledger/itemRecord';
import { writeTransaction } from '../../../src/ledger/transaction';

let dbs = 0;
const TODAY = '2026-03-10';

async function ledgerWith(dues: (string | null)[], status: LedgerItem['status'] = 'confirmed') {
  const db = await openLedger(`due-page-${++dbs}`);
  await writeTransaction(db, ['expectations'], async (tx) => {
    for (const [i, due] of dues.entries()) {
      await putItem(tx, {
        id: `i${String(i).padStart(3, '0')}`,
        clientId: 'c',
        kind: 'deliverable',
        owner: i % 2 ? 'us' : 'client',
        text: `item ${i}`,
        due,
        amount: null,
        status: i === 0 ? 'done' : status,
        source: null,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        history: [],
      });
    }
  });
  return db;
}

describe('the Today view’s pages', () => {
  it('splits open items into overdue (before today) and upcoming (today through today + days)', async () => {
    const db = await ledgerWith([
      '2026-03-01',
      '2026-03-01',
      '2026-03-09',
      '2026-03-10',
      '2026-03-17',
      '2026-03-18',
      null,
    ]);
    const overdue = await duePage(db, 'overdue', TODAY, 7, 50);
    expect(overdue.items.map((i) => i.id)).toEqual(['i001', 'i002']);
    expect(await dueCount(db, 'overdue', TODAY, 7)).toEqual({ total: 2, capped: false });
    expect(await dueCount(db, 'upcoming', TODAY, 7)).toEqual({ total: 2, capped: false });
    const upcoming = await duePage(db, 'upcoming', TODAY, 7, 50);
    expect(upcoming.items.map((i) => i.due)).toEqual(['2026-03-10', '2026-03-17']);
    expect(upcoming.next).toBeNull();
  });

  it('pages through many items with the same date without skipping or repeating any', async () => {
    const dues = ['2026-01-01', ...Array(7).fill('2026-03-01'), ...Array(5).fill('2026-03-02'), '2026-03-03'];
    const db = await ledgerWith(dues);
    const seen: string[] = [];
    let page = await duePage(db, 'overdue', TODAY, 7, 3);
    expect(await dueCount(db, 'overdue', TODAY, 7)).toEqual({ total: 13, capped: false });
    expect(await dueCount(db, 'overdue', TODAY, 7, 5)).toEqual({ total: 5, capped: true });
    expect(await dueCount(db, 'overdue', TODAY, 7, 13)).toEqual({ total: 13, capped: false });
    seen.push(...page.items.map((i) => i.id));
    while (page.next) {
      page = await duePage(db, 'overdue', TODAY, 7, 3, page.next);
      seen.push(...page.items.map((i) => i.id));
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b)));
  });
});
