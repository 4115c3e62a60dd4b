import { formatApproximate, formatStyled, type I18n } from '@/lib/i18n/format';
import type { Assessment } from '@/lib/schemas/assessment';
import type { RecentVideo } from '@/lib/schemas/creator-snapshot';
import type { CreatorRecord } from '@/lib/schemas/records';
import { RecentVideos } from './recent-videos';
import { FlagList } from './flag-list';
import { ScoreBreakdown } from './score-breakdown';

export interface SummaryFigures {
  followers: number | null;
  followersExact: boolean;
  /** False when the page showed the figure abbreviated ("272.6K"); exact when not given. */
  followingExact?: boolean;
  likesExact?: boolean;
  videosExact?: boolean;
  following: number | null;
  likes: number | null;
  videos: number | null;
}

/** The summary figures of a stored creator. */
export function recordFigures(creator: CreatorRecord): SummaryFigures {
  return {
    followers: creator.followers,
    followersExact: creator.followersExact,
    following: creator.following,
    likes: creator.likes,
    videos: creator.videos,
  };
}

/**
 * Score, tier, confidence, counts and flags of one creator. Used by the overlay and the popup.
 * Without an assessment yet (the overlay, while the background assesses), the counts and videos
 * show and the score area says it is pending (`{prefix}-score-pending`); score, tier, confidence,
 * flags and figures appear with the assessment. Hook-free (the texts come in as `i18n`): the creator
 * card renders this same source with its DOM JSX runtime (components/dom/jsx-runtime.ts), popup and
 * side panel with React.
 */
export function CreatorSummary({
  figures,
  assessment,
  testIdPrefix,
  videos = [],
  i18n,
}: {
  figures: SummaryFigures;
  assessment: Assessment | null;
  testIdPrefix: string;
  videos?: readonly RecentVideo[];
  i18n: I18n;
}) {
  const { t, n, locale } = i18n;
  const count = (value: number | null, exact = true) => (value === null ? '—' : exact ? n(value) : formatApproximate(locale, value));
  return (
    <div className="vt-summary">
      <div className="vt-headline">
        {assessment === null ? (
          <div className="vt-score vt-grade-none" data-testid={`${testIdPrefix}-score-pending`} title={t('overlay.score')}>
            <span className="vt-score-none">{t('overlay.scorePending')}</span>
          </div>
        ) : (
        <div
          className={`vt-score vt-grade-${assessment.provisional ? 'provisional' : (assessment.grade ?? 'none')}`}
          data-testid={`${testIdPrefix}-score`}
          data-value={assessment.score === null ? '' : String(Math.round(assessment.score))}
          data-provisional={String(assessment.provisional === true)}
          title={t('overlay.score')}
        >
          {assessment.score === null ? (
            <span className="vt-score-none">{t('overlay.notEnoughData')}</span>
          ) : (
            <>
              <strong>{Math.round(assessment.score)}</strong>
              <span>{assessment.provisional ? t('provisional.short') : assessment.grade}</span>
            </>
          )}
        </div>
        )}
        {assessment !== null && (
        <dl className="vt-meta">
          <dt>{t('overlay.tier')}</dt>
          <dd data-testid={`${testIdPrefix}-tier`} data-value={assessment.tier ?? ''}>
            {assessment.tier ? t(`tier.${assessment.tier}`) : '—'}
            {assessment.merchantTier ? ` · ${t(`merchantTier.${assessment.merchantTier}`)}` : ''}
          </dd>
          <dt>{t('overlay.confidence')}</dt>
          <dd data-testid={`${testIdPrefix}-confidence`} data-value={assessment.confidence}>
            {t(`confidence.${assessment.confidence}`)}
          </dd>
        </dl>
        )}
      </div>
      <dl className="vt-counts">
        <div>
          <dt>{t('overlay.followers')}</dt>
          <dd data-testid={`${testIdPrefix}-followers`} data-value={figures.followers ?? ''} data-exact={figures.followersExact}>
            {count(figures.followers, figures.followersExact)}
          </dd>
        </div>
        <div>
          <dt>{t('overlay.following')}</dt>
          <dd>{count(figures.following, figures.followingExact)}</dd>
        </div>
        <div>
          <dt>{t('overlay.likes')}</dt>
          <dd>{count(figures.likes, figures.likesExact)}</dd>
        </div>
        <div>
          <dt>{t('overlay.videos')}</dt>
          <dd>{count(figures.videos, figures.videosExact)}</dd>
        </div>
      </dl>
      {assessment?.provisional && (
        <div className="vt-provisional" data-testid={`${testIdPrefix}-provisional`}>
          <strong>{t('provisional.title')}</strong>
          <ul>
            {(assessment.provisionalReasons ?? []).map((r) => (
              <li key={r} data-reason={r}>
                {t(`provisional.${r}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {assessment && <FlagList flags={assessment.flags} testId={`${testIdPrefix}-flags`} i18n={i18n} />}
      {assessment && <ScoreBreakdown assessment={assessment} testId={`${testIdPrefix}-breakdown`} i18n={i18n} />}
      <RecentVideos videos={videos} testId={`${testIdPrefix}-videos`} i18n={i18n} />
      {assessment && assessment.figures.length > 0 && (
        <details className="vt-figures-box">
          <summary>{t('figures.title')}</summary>
          <dl className="vt-figures" data-testid={`${testIdPrefix}-figures`}>
            {assessment.figures.map((figure) => (
              <div key={figure.id} data-figure-id={figure.id} data-value={figure.value ?? ''}>
                <dt>{t(figure.formulaKey, figure.inputs)}</dt>
                <dd>{figure.value === null ? '—' : figureText(figure, i18n)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}

/** Figures that are rates show as percentages, ratios as "1 : n", counts as whole numbers. */
const RATE_FIGURES = new Set(['viewRate', 'engagementPerView', 'engagementPerFollower', 'topVideoShare']);
const RATIO_FIGURES = new Set(['commentsPerLike', 'savesPerLike']);

function figureText(figure: Assessment['figures'][number], i18n: I18n): string {
  const value = figure.value!;
  if (RATE_FIGURES.has(figure.id)) return formatStyled(i18n.locale, value, 'pct');
  if (RATIO_FIGURES.has(figure.id)) return formatStyled(i18n.locale, value, 'ratio');
  return i18n.n(Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3)));
}
