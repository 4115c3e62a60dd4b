import type { TierMix } from '@/lib/shortlists/tier-mix';
import { MERCHANT_TIERS } from '@/lib/shortlists/tier-mix';
import { useI18n } from '../i18n';

/** P7: the list's share of head/waist/tail/KOC creators and a warning when one tier dominates. */
export function TierMixPanel({ mix }: { mix: TierMix }) {
  const { t } = useI18n();
  if (mix.known + mix.unknown === 0) return null;
  return (
    <section className="vt-tiermix" aria-label={t('tierMix.title')} data-testid="tier-mix" data-dominant={mix.dominant ?? ''}>
      <div className="vt-tiermix-bar" aria-hidden="true">
        {MERCHANT_TIERS.map((tier) =>
          mix.counts[tier] ? <span key={tier} className={`vt-tier-${tier}`} style={{ flexGrow: mix.counts[tier] }} /> : null,
        )}
      </div>
      <ul className="vt-tiermix-legend">
        {MERCHANT_TIERS.map((tier) => (
          <li key={tier} data-tier={tier} data-count={mix.counts[tier]}>
            <span className={`vt-swatch vt-tier-${tier}`} />
            {t(`merchantTier.${tier}`)} {Math.round(mix.shares[tier] * 100)}% ({mix.counts[tier]})
          </li>
        ))}
        {mix.unknown > 0 && <li className="vt-muted">{t('tierMix.unknown', { count: mix.unknown })}</li>}
      </ul>
      {mix.dominant && (
        <p className="vt-warning" role="note" data-testid="tier-mix-warning">
          <strong>P7</strong> {t('tierMix.dominant', { tier: t(`merchantTier.${mix.dominant}`), share: Math.round(mix.shares[mix.dominant] * 100) })}{' '}
          {t(`tierMix.${mix.suggestion}`)}
        </p>
      )}
    </section>
  );
}
