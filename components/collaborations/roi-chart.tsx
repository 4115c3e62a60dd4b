import type { RoiSeries } from '@/lib/collaborations/roi-series';
import { useI18n } from '../i18n';

const W = 300;
const H = 120;
const PAD = 24;

/** A small SVG line of monthly ROI (no chart library); the threshold as a dashed line when given. */
export function RoiChart({ series, threshold }: { series: RoiSeries; threshold: number | null }) {
  const { t, n } = useI18n();
  const points = series.points.filter((p): p is { month: string; roi: number; results: number } => p.roi !== null);
  if (points.length === 0) return <p className="vt-muted" data-testid="collab-chart" data-points={0}>{t('collab.chart.empty')}</p>;
  const max = Math.max(1, threshold ?? 0, ...points.map((p) => p.roi)) * 1.1;
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD / 2 - (Math.max(0, v) / max) * (H - PAD);
  const label = t('collab.chart.label', { currency: series.currency ?? '' });
  return (
    <figure className="vt-chart" data-testid="collab-chart" data-points={points.length}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label}>
        <line x1={PAD} x2={W - PAD} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.3} />
        {threshold !== null && (
          <line x1={PAD} x2={W - PAD} y1={y(threshold)} y2={y(threshold)} stroke="#dc2626" strokeDasharray="4 3" />
        )}
        <polyline
          fill="none"
          stroke="#2563eb"
          strokeWidth={2}
          points={points.map((p, i) => `${x(i)},${y(p.roi)}`).join(' ')}
        />
        {points.map((p, i) => (
          <g key={p.month}>
            <circle cx={x(i)} cy={y(p.roi)} r={3} fill="#2563eb">
              <title>{`${p.month}: ROI ${n(p.roi)}`}</title>
            </circle>
            <text x={x(i)} y={H - 1} fontSize={9} textAnchor="middle" fill="currentColor">
              {p.month}
            </text>
            <text x={x(i)} y={y(p.roi) - 5} fontSize={9} textAnchor="middle" fill="currentColor">
              {n(p.roi)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="vt-muted">
        {label} · {t('collab.formula.roi')}
      </figcaption>
    </figure>
  );
}
