import { useEffect, useState } from 'react';
import { loadCardPlacement, updateCardPlacement } from '@/components/card/card-placement';
import { withStartCollapsed } from '@/lib/card/placement';
import { useI18n } from '../i18n';

/**
 * Whether the card on creator pages opens as a small score pill. Changing it lets go of what each
 * site remembered (lib/card/placement.ts), so it applies on every page from the next one opened.
 * Testing contract: `settings-card-collapsed`.
 */
export function CardStartSetting() {
  const { t } = useI18n();
  const [startCollapsed, setStartCollapsed] = useState<boolean | null>(null);
  useEffect(() => {
    void loadCardPlacement().then((p) => setStartCollapsed(p.startCollapsed));
  }, []);
  if (startCollapsed === null) return null;
  return (
    <label className="vt-check">
      <input
        type="checkbox"
        data-testid="settings-card-collapsed"
        checked={startCollapsed}
        onChange={(e) => {
          const next = e.target.checked;
          setStartCollapsed(next);
          void updateCardPlacement((p) => withStartCollapsed(p, next));
        }}
      />
      <span>{t('card.startCollapsed')}</span>
    </label>
  );
}
