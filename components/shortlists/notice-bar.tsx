import { useI18n } from '../i18n';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  undoId?: string;
}

/** The result of the last action, with "Undo" when it can be reverted. */
export function NoticeBar({ notice, onUndo, onClose }: { notice: Notice | null; onUndo: (undoId: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className={`vt-notice vt-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={notice.kind}>
      <span>{notice.text}</span>
      {notice.undoId && (
        <button type="button" className="vt-button" onClick={() => onUndo(notice.undoId!)} data-testid="undo">
          {t('action.undo')}
        </button>
      )}
      <button type="button" className="vt-icon-button" onClick={onClose} aria-label={t('action.close')}>
        ×
      </button>
    </div>
  );
}
