import { useI18n } from '../i18n';

export interface HistoryPoint {
  at: number;
  followers: number;
}

/** Followers over the merchant's visits, as a small line chart (SVG, no library). */
export function HistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  const { t, n, locale } = useI18n();
  if (points.length < 2) return <p className="vt-muted" data-testid="history-chart" data-points={points.length}>{t('creator.historyTooShort')}</p>;
  const W = 320;
  const H = 90;
  const xs = points.map((p) => p.at);
  const ys = points.map((p) => p.followers);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = (v: number) => (x1 === x0 ? W / 2 : ((v - x0) / (x1 - x0)) * (W - 8) + 4);
  const y = (v: number) => (y1 === y0 ? H / 2 : H - 4 - ((v - y0) / (y1 - y0)) * (H - 8));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.followers).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <figure className="vt-history" data-testid="history-chart" data-points={points.length}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('creator.historyLabel', { from: n(first.followers), to: n(last.followers) })}>
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
        {points.map((p) => (
          <circle key={p.at} cx={x(p.at)} cy={y(p.followers)} r="2.5" />
        ))}
      </svg>
      <figcaption className="vt-muted">
        {new Date(first.at).toLocaleDateString(locale)} {n(first.followers)} → {new Date(last.at).toLocaleDateString(locale)} {n(last.followers)}
      </figcaption>
    </figure>
  );
}
