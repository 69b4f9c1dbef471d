import type { LedgerItem } from '../../../src/core';
import { scorecard } from '../../../src/ledger/scorecard';

let n = 0;
const item = (
  owner: 'us' | 'client',
  status: LedgerItem['status'],
  due: string | null,
  doneOn?: string,
): LedgerItem => ({
  id: `i${++n}`,
  clientId: 'c',
  kind: 'deliverable',
  owner,
  text: 'x',
  due,
  amount: null,
  status,
  ...(doneOn ? { doneOn } : {}),
  source: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  history: [],
});

describe('the per-client scorecard', () => {
  it('counts early, on-time, late and missed items for each side separately', () => {
    const card = scorecard([
      item('us', 'done', '2026-03-10', '2026-03-09'),
      item('us', 'done', '2026-03-10', '2026-03-10'),
      item('us', 'done', '2026-03-10', '2026-03-12'),
      item('us', 'missed', '2026-03-01'),
      item('client', 'done', '2026-03-10', '2026-03-15'),
      item('client', 'confirmed', '2026-03-20'),
    ]);
    expect(card.us).toEqual({ early: 1, onTime: 1, late: 1, missed: 1, undated: 0, keptRate: 0.5 });
    expect(card.client).toEqual({ early: 0, onTime: 0, late: 1, missed: 0, undated: 0, keptRate: 0 });
  });

  it('leaves open, cancelled and undated items out of the rate', () => {
    const card = scorecard([
      item('us', 'proposed', '2026-03-10'),
      item('us', 'cancelled', '2026-03-10'),
      item('us', 'done', null, '2026-03-10'),
    ]);
    expect(card.us).toMatchObject({ undated: 1, keptRate: null });
  });
});
