import type { DetailedScorecard, SideRecord } from '../../ledger/scorecard';
import { days, formatDay, percent, trendText } from './format';

const SIDES = [
  { side: 'us', label: 'We delivered' },
  { side: 'client', label: 'They delivered' },
] as const;

const ROWS: { label: string; value(s: SideRecord): string }[] = [
  { label: 'Early', value: (s) => withDays(s.early, s.averageDaysEarly, 'early') },
  { label: 'On time', value: (s) => String(s.onTime) },
  { label: 'Late', value: (s) => withDays(s.late, s.averageDaysLate, 'late') },
  { label: 'Missed', value: (s) => String(s.missed) },
  { label: 'Open', value: (s) => (s.overdue > 0 ? `${s.open} (${s.overdue} overdue)` : String(s.open)) },
  { label: 'Extra (beyond what was agreed)', value: (s) => String(s.extra) },
  { label: 'On time or early, all time', value: (s) => percent(s.keptRate) },
  { label: 'On time or early, last 90 days', value: (s) => rateWithCount(s.last90) },
  { label: 'The 90 days before', value: (s) => rateWithCount(s.previous90) },
  { label: 'Trend', value: (s) => trendText(s.trend) ?? 'not enough yet' },
];

/** The scorecard's numbers for both sides, as a table a screen reader can walk. */
export function ScorecardNumbers({ card, caption }: { card: DetailedScorecard; caption?: string }) {
  return (
    <table class="scorecard-numbers">
      <caption>
        {caption ?? 'Track record'} (90 days to {formatDay(card.today)})
      </caption>
      <thead>
        <tr>
          <td />
          {SIDES.map((s) => (
            <th scope="col" key={s.side}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {SIDES.map((s) => (
              <td key={s.side}>{row.value(card[s.side])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function withDays(count: number, average: number | null, word: string): string {
  return count === 0 || average === null ? String(count) : `${count} (on average ${days(average)} ${word})`;
}

function rateWithCount(w: { kept: number; judged: number; rate: number | null }): string {
  return w.judged === 0 ? '—' : `${percent(w.rate)} (${w.kept} of ${w.judged})`;
}
