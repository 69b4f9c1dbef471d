/**
 * "Measure": how each side kept its word with one client. An item counts once it is
 * settled: done (early, on time or late against its due date) or missed. Renegotiated items
 * are judged against the date both sides agreed last, which is the point of renegotiating.
 */
import type { LedgerItem, Side } from '../core';

export interface SideScore {
  early: number;
  onTime: number;
  late: number;
  missed: number;
  /** Done with no due date to judge against. */
  undated: number;
  /** Kept (early + on time) out of everything judged (early + on time + late + missed), 0..1; null when nothing is judged yet. */
  keptRate: number | null;
}

export type Scorecard = Record<Side, SideScore>;

export function scorecard(items: LedgerItem[]): Scorecard {
  return {
    us: score(items.filter((i) => i.owner === 'us')),
    client: score(items.filter((i) => i.owner === 'client')),
  };
}

function score(items: LedgerItem[]): SideScore {
  const s: SideScore = { early: 0, onTime: 0, late: 0, missed: 0, undated: 0, keptRate: null };
  for (const item of items) {
    if (item.status === 'missed') s.missed++;
    if (item.status !== 'done') continue;
    if (!item.due || !item.doneOn) s.undated++;
    else if (item.doneOn < item.due) s.early++;
    else if (item.doneOn === item.due) s.onTime++;
    else s.late++;
  }
  const judged = s.early + s.onTime + s.late + s.missed;
  s.keptRate = judged === 0 ? null : (s.early + s.onTime) / judged;
  return s;
}
