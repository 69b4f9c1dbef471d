import type { DetailedScorecard } from '../../ledger/scorecard';
import { percent } from './format';

const WIDTH = 360;
const HEIGHT = 160;
const PAD = { top: 12, right: 8, bottom: 28, left: 34 };
const SIDES = [
  { side: 'us', label: 'We', className: 'bar-us' },
  { side: 'client', label: 'They', className: 'bar-client' },
] as const;

/**
 * On-time rate month by month for each side, as plain SVG (no charting engine: a dozen
 * rectangles). Months with nothing settled have no bar and say so in the text version.
 */
export function ScorecardChart({ card }: { card: DetailedScorecard }) {
  const months = card.us.months.map((m, i) => ({ month: m.month, us: m, client: card.client.months[i]! }));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / months.length;
  const barW = Math.min(18, (slot - 8) / 2);
  const y = (rate: number) => PAD.top + plotH * (1 - rate);
  const description = months
    .map(
      (m) =>
        `${monthName(m.month)}: we ${m.us.judged ? percent(m.us.rate) : 'nothing settled'}, they ${
          m.client.judged ? percent(m.client.rate) : 'nothing settled'
        }`,
    )
    .join('; ');
  return (
    <figure class="scorecard-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`On time or early, by month. ${description}.`}
        width="100%"
        style={{ maxWidth: `${WIDTH * 1.5}px` }}
      >
        {[0, 0.5, 1].map((tick) => (
          <g key={tick} class="tick">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 4} y={y(tick) + 4} text-anchor="end">
              {tick * 100}%
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x0 = PAD.left + i * slot + slot / 2 - barW;
          return (
            <g key={m.month}>
              {SIDES.map((s, j) => {
                const rate = m[s.side].rate;
                if (rate === null) return null;
                const top = y(rate);
                return (
                  <rect
                    key={s.side}
                    class={s.className}
                    x={x0 + j * barW}
                    y={top}
                    width={barW - 1}
                    height={Math.max(2, PAD.top + plotH - top)}
                  />
                );
              })}
              <text class="month" x={PAD.left + i * slot + slot / 2} y={HEIGHT - 10} text-anchor="middle">
                {monthName(m.month, true)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        On time or early, month by month:{' '}
        {SIDES.map((s) => (
          <span key={s.side} class="legend">
            <span class={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function monthName(month: string, short = false): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, {
    month: 'short',
    ...(short ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}
