import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { useErrorText, useSend } from '../use-send';

interface Health {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

const MB = 1024 * 1024;

async function readHealth(): Promise<Health> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted ? storage.persisted() : Promise.resolve(null)]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/**
 * How much room Vettok's data takes and whether the browser may evict it; asks for persistent
 * storage (the browser keeps the data even when the disk runs low). Also holds "delete all data".
 */
export function StorageHealth() {
  const { t, n } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  const [health, setHealth] = useState<Health>({ usage: null, quota: null, persisted: null });
  const [message, setMessage] = useState<string | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);

  const refresh = () => void readHealth().then(setHealth);

  useEffect(() => {
    let live = true;
    void readHealth().then((h) => live && setHealth(h));
    return () => {
      live = false;
    };
  }, []);

  const share = health.usage !== null && health.quota ? health.usage / health.quota : null;
  return (
    <section className="vt-storage" aria-label={t('storage.title')} data-testid="storage-health" data-persisted={String(health.persisted)}>
      <p>
        {health.usage !== null && health.quota !== null
          ? t('storage.usage', { used: n(Math.round((health.usage / MB) * 10) / 10), quota: n(Math.round(health.quota / MB)) })
          : t('storage.unknown')}{' '}
        {share !== null && share > 0.8 && <strong className="vt-error">{t('storage.nearlyFull')}</strong>}
      </p>
      <div className="vt-actions">
        {health.persisted ? (
          <span className="vt-ok">{t('storage.persisted')}</span>
        ) : (
          <button
            type="button"
            className="vt-button"
            data-testid="storage-persist"
            onClick={() =>
              void navigator.storage
                .persist()
                .then((granted) => setMessage(granted ? t('storage.persistGranted') : t('storage.persistDenied')))
                .then(refresh)
            }
          >
            {t('storage.persist')}
          </button>
        )}
        {confirmErase ? (
          <>
            <button
              type="button"
              className="vt-button vt-danger"
              data-testid="erase-confirm"
              onClick={() => {
                setConfirmErase(false);
                send('data.erase', { confirm: 'erase' })
                  .then(() => setMessage(t('storage.erased')))
                  .catch((error: unknown) => setMessage(errorText(error)))
                  .finally(refresh);
              }}
            >
              {t('storage.eraseConfirm')}
            </button>
            <button type="button" className="vt-button" onClick={() => setConfirmErase(false)}>
              {t('action.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="vt-button" onClick={() => setConfirmErase(true)} data-testid="erase">
            {t('storage.erase')}
          </button>
        )}
      </div>
      {message && (
        <p role="status" className="vt-muted" data-testid="storage-message">
          {message}
        </p>
      )}
    </section>
  );
}
