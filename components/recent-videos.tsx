import type { RecentVideo } from '@/lib/schemas/creator-snapshot';
import { interactions, videoFigures } from '@/lib/scoring/videos';
import { formatApproximate, formatDate, type I18n } from '@/lib/i18n/format';

/** Per-view engagement of one video, (likes + comments + shares) / views; null without views. */
export function perViewEngagement(video: RecentVideo): number | null {
  const figures = videoFigures(video);
  if (!figures.views || figures.likes === null) return null;
  return interactions(figures) / figures.views;
}

const SHOWN = 5;

/** The creator's recent videos the page showed: views and per-view engagement, newest first. Hook-free, like FlagList. */
export function RecentVideos({ videos, testId, i18n }: { videos: readonly RecentVideo[]; testId: string; i18n: I18n }) {
  const { t, n, locale } = i18n;
  if (videos.length === 0) return null;
  const shown = [...videos].sort((a, b) => (b.createTime ?? 0) - (a.createTime ?? 0)).slice(0, SHOWN);
  return (
    <section className="vt-videos" data-testid={testId} data-count={videos.length}>
      <h3>{t('videos.title', { count: videos.length })}</h3>
      <ol>
        {shown.map((video) => {
          const engagement = perViewEngagement(video);
          return (
            <li
              key={video.id}
              data-video-id={video.id}
              data-engagement={engagement ?? ''}
              data-pinned={video.pinned}
              title={t('videos.engagementFormula')}
            >
              <span className="vt-muted">
                {video.createTime ? formatDate(locale, video.createTime) : '—'}
                {video.pinned && ` · ${t('videos.pinned')}`}
              </span>
              <span data-exact={video.exact}>
                {video.views === null ? '—' : t('videos.views', { views: video.exact ? n(video.views) : formatApproximate(locale, video.views) })}
              </span>
              <strong>{engagement === null ? '—' : `${n(Math.round(engagement * 10_000) / 100)}%`}</strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
