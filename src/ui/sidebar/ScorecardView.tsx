import type { LedgerItem, Side } from '../../core';
import { scorecard, type SideScore } from '../../ledger/scorecard';

const HEADING: Record<Side, string> = { us: 'We kept', client: 'They kept' };

/** How each side kept its word with this client, from the settled items in the ledger. */
export function ScorecardView({ items }: { items: LedgerItem[] }) {
  const card = scorecard(items);
  if (card.us.keptRate === null && card.client.keptRate === null) return null;
  return (
    <section class="scorecard" aria-label="Scorecard">
      <h3>Track record</h3>
      <dl>
        {(['us', 'client'] as const).map((side) => (
          <div key={side} data-side={side}>
            <dt>{HEADING[side]}</dt>
            <dd>{describe(card[side])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function describe(s: SideScore): string {
  if (s.keptRate === null) return 'nothing settled yet';
  const parts = [
    `${Math.round(s.keptRate * 100)}% on time or early`,
    `${s.early} early`,
    `${s.onTime} on time`,
    `${s.late} late`,
    `${s.missed} missed`,
  ];
  return parts.join(' · ');
}
