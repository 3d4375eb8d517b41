import type { CardSource } from '@/lib/messaging/protocol';
import { rangeText } from './format';

export interface ChartRow {
  label: string;
  low: number | null;
  high: number | null;
  approx: boolean;
  isThis: boolean;
}

const W = 300;
const LABEL = 110;
const ROW = 18;

/** Rows for the chart: one per source, for the card's outcome. */
export function chartRows(sources: readonly CardSource[], outcome: string | null): ChartRow[] {
  return sources
    .filter((s) => s.outcome === outcome && (s.latest.low != null || s.latest.high != null))
    .map((s) => ({ label: s.name ?? s.latest.outlet ?? 'outlet', low: s.latest.low, high: s.latest.high, approx: s.latest.approx, isThis: s.isThis }));
}

/**
 * Every source's figure as a range on one axis: who says more, who says less. An open side
 * ("at least 12") runs to the end of the axis with an arrow; a hedged figure is dashed.
 */
export function RangeChart({ rows }: { rows: ChartRow[] }) {
  if (!rows.length) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [r.low ?? 0, r.high ?? 0])) * 1.15;
  const x = (n: number) => LABEL + ((W - LABEL - 12) * n) / max;
  const h = rows.length * ROW + 18;
  const summary = rows.map((r) => `${r.label}: ${rangeText(r.low, r.high)}`).join('; ');
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${h}`} width={W} height={h} role="img" aria-label={`Figures by source — ${summary}`}>
      {rows.map((r, i) => {
        const y = i * ROW + 10;
        const lo = x(r.low ?? 0);
        const hi = r.high == null ? W - 6 : x(r.high);
        const cls = `bar${r.isThis ? ' this' : ''}${r.approx ? ' approx' : ''}`;
        return (
          <g key={i}>
            <text x={LABEL - 6} y={y + 4} text-anchor="end" class="label">
              {r.label.length > 18 ? r.label.slice(0, 17) + '…' : r.label}
            </text>
            {hi - lo < 3 ? <circle cx={lo} cy={y} r={4} class={cls} /> : <line x1={lo} x2={hi} y1={y} y2={y} class={cls} />}
            {r.high == null && <path d={`M${W - 10} ${y - 4} L${W - 4} ${y} L${W - 10} ${y + 4}`} class={cls} fill="none" />}
          </g>
        );
      })}
      <line x1={LABEL} x2={W - 6} y1={h - 6} y2={h - 6} class="axis" />
      <text x={LABEL} y={h} class="tick">0</text>
      <text x={W - 6} y={h} text-anchor="end" class="tick">{Math.round(max)}</text>
    </svg>
  );
}
