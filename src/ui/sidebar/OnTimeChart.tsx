import type { Side } from '../../core';
import type { SideScore } from '../../ledger/scorecard';

const LABEL: Record<Side, string> = { us: 'Us', client: 'Them' };
const WIDTH = 200;
const BAR = 12;
const ROW = 22;
const LABEL_WIDTH = 40;
const PERCENT_WIDTH = 36;

/** One side's settled items as shares of a bar: kept (early or on time), late, missed. */
function segments(s: SideScore): { part: 'kept' | 'late' | 'missed'; share: number }[] {
  const judged = s.early + s.onTime + s.late + s.missed;
  if (judged === 0) return [];
  return [
    { part: 'kept' as const, share: (s.early + s.onTime) / judged },
    { part: 'late' as const, share: s.late / judged },
    { part: 'missed' as const, share: s.missed / judged },
  ].filter((x) => x.share > 0);
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/**
 * A small horizontal bar per side: the on-time share filled, late and missed after it,
 * with the on-time rate as a number beside it. Plain SVG; its text alternative says the same.
 */
export function OnTimeChart({ card }: { card: Record<Side, SideScore> }) {
  const sides = (['us', 'client'] as const).filter((side) => card[side].keptRate !== null);
  const alt = sides
    .map((side) => `${side === 'us' ? 'we' : 'they'} kept ${percent(card[side].keptRate)}`)
    .join(', ');
  const track = WIDTH - LABEL_WIDTH - PERCENT_WIDTH;
  return (
    <svg
      class="on-time-chart"
      role="img"
      aria-label={`On time or early: ${alt}`}
      viewBox={`0 0 ${WIDTH} ${sides.length * ROW}`}
      width={WIDTH}
      height={sides.length * ROW}
    >
      {sides.map((side, row) => {
        let x = LABEL_WIDTH;
        const y = row * ROW + (ROW - BAR) / 2;
        return (
          <g key={side} data-side={side} aria-hidden="true">
            <text class="chart-label" x={0} y={y + BAR - 2}>
              {LABEL[side]}
            </text>
            <rect class="chart-track" x={LABEL_WIDTH} y={y} width={track} height={BAR} rx={3} />
            {segments(card[side]).map(({ part, share }) => {
              const width = share * track;
              const rect = <rect key={part} class={`chart-${part}`} x={x} y={y} width={width} height={BAR} />;
              x += width;
              return rect;
            })}
            <text class="chart-value" x={WIDTH} y={y + BAR - 2} text-anchor="end">
              {percent(card[side].keptRate)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
