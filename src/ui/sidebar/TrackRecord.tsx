import type { LedgerItem, Side } from '../../core';
import { scorecard, type SideScore } from '../../ledger/scorecard';
import { OnTimeChart, percent } from './OnTimeChart';

/**
 * What a side's summary can show. The basic scorecard gives the counts; the detailed one
 * (dashboard) adds averages and "extra" items, shown when present.
 */
export type SideSummary = SideScore & {
  averageDaysEarly?: number | null;
  averageDaysLate?: number | null;
  extra?: number;
};

const WHO: Record<Side, string> = { us: 'We', client: 'They' };

/**
 * "Track record": how each side kept its word with this client, as one short line per side
 * and a small chart of the on-time rate, instead of a row of counters. Nothing until
 * something has been settled (done or missed against a due date).
 */
export function TrackRecord({
  items,
  card = scorecard(items),
}: {
  items: LedgerItem[];
  card?: Record<Side, SideSummary>;
}) {
  if (card.us.keptRate === null && card.client.keptRate === null) return null;
  return (
    <section class="scorecard track-record" aria-label="Track record">
      <h3>Track record</h3>
      <OnTimeChart card={card} />
      <ul class="track-lines">
        {(['us', 'client'] as const).map((side) => (
          <li key={side} data-side={side}>
            {summarise(WHO[side], card[side])}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "We kept 4 of 5 on time or early (80%): 1 early, 1 late (by 3 days on average)." */
export function summarise(who: string, s: SideSummary): string {
  if (s.keptRate === null) return `${who}: nothing settled yet.`;
  const judged = s.early + s.onTime + s.late + s.missed;
  const kept = s.early + s.onTime;
  const details: string[] = [];
  if (s.early > 0) details.push(`${s.early} early${days(s.averageDaysEarly)}`);
  if (s.late > 0) details.push(`${s.late} late${days(s.averageDaysLate)}`);
  if (s.missed > 0) details.push(`${s.missed} missed`);
  if (s.extra) details.push(`${s.extra} extra`);
  const head = `${who} kept ${kept} of ${judged} on time or early (${percent(s.keptRate)})`;
  return details.length > 0 ? `${head}: ${details.join(', ')}.` : `${head}.`;
}

function days(average: number | null | undefined): string {
  if (average === null || average === undefined) return '';
  const rounded = Math.round(average * 10) / 10;
  return ` (by ${rounded} ${rounded === 1 ? 'day' : 'days'} on average)`;
}
