import { visitLabels } from '@/lib/shortlists/history-labels';
import { useI18n } from '../i18n';

export interface HistoryPoint {
  at: number;
  followers: number;
}

const W = 320;
const H = 140;
/** Room for the y-axis figures (left) and the x-axis dates (bottom). */
const LEFT = 58;
const BOTTOM = 34;
const TOP = 16;
const RIGHT = 10;

/**
 * Followers over the merchant's visits as a line chart (SVG, no library): a y axis of followers
 * (lowest and highest), an x axis of visit dates (first and last; with the time when visits share
 * a day), and every point labelled on hover and for screen readers.
 */
export function HistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  const { t, n, locale } = useI18n();
  if (points.length < 2) return <p className="vt-muted" data-testid="history-chart" data-points={points.length}>{t('creator.historyTooShort')}</p>;
  const labels = visitLabels(points.map((p) => p.at), locale);
  const xs = points.map((p) => p.at);
  const ys = points.map((p) => p.followers);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = (v: number) => LEFT + (x1 === x0 ? (W - LEFT - RIGHT) / 2 : ((v - x0) / (x1 - x0)) * (W - LEFT - RIGHT));
  const y = (v: number) => TOP + (y1 === y0 ? (H - TOP - BOTTOM) / 2 : (1 - (v - y0) / (y1 - y0)) * (H - TOP - BOTTOM));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.followers).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const baseline = H - BOTTOM;
  return (
    <figure className="vt-history" data-testid="history-chart" data-points={points.length}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('creator.historyLabel', { from: n(first.followers), to: n(last.followers) })}>
        <line className="vt-axis" x1={LEFT} y1={TOP} x2={LEFT} y2={baseline} />
        <line className="vt-axis" x1={LEFT} y1={baseline} x2={W - RIGHT} y2={baseline} />
        <text className="vt-axis-title" x={2} y={10} data-testid="history-y-title">{t('creator.historyAxisFollowers')}</text>
        <text className="vt-axis-label" x={LEFT - 4} y={y(y1) + 4} textAnchor="end" data-testid="history-y-max">{n(y1)}</text>
        {y1 !== y0 && <text className="vt-axis-label" x={LEFT - 4} y={y(y0) + 4} textAnchor="end" data-testid="history-y-min">{n(y0)}</text>}
        <text className="vt-axis-label" x={LEFT} y={baseline + 13} textAnchor="start" data-testid="history-x-first">{labels[0]}</text>
        <text className="vt-axis-label" x={W - RIGHT} y={baseline + 13} textAnchor="end" data-testid="history-x-last">{labels[labels.length - 1]}</text>
        <text className="vt-axis-title" x={(LEFT + W - RIGHT) / 2} y={H - 3} textAnchor="middle" data-testid="history-x-title">{t('creator.historyAxisVisits')}</text>
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
        {points.map((p, i) => (
          <circle key={p.at} cx={x(p.at)} cy={y(p.followers)} r="3" data-testid="history-point" data-label={labels[i]}>
            <title>{`${labels[i]} · ${n(p.followers)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
