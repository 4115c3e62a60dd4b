import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scanClaims } from '@/lib/invitations/claim-scanner';
import type { Draft } from '@/lib/invitations/draft';
import { lintTerms } from '@/lib/invitations/lint';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';
import { ApplyPanel, type Candidate } from './apply-panel';
import { CopyButtons } from './copy-buttons';
import { DraftEditor } from './draft-editor';
import { LintList, problemsByField, useLintText } from './lint-list';
import { MessagePreview } from './message-preview';

const SAVE_DELAY_MS = 400;

/** Today in the merchant's time zone, `YYYY-MM-DD`. */
function localDay(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** One draft being edited: terms, live lint, preview, copy and apply. Saves after a short pause. */
export function DraftWorkspace(props: {
  initial: Draft;
  candidates: readonly Candidate[];
  onDuplicate(draft: Draft): void;
  onDelete(id: string): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(props.initial);
  const [save, setSave] = useState<{ state: SaveState; error?: string }>({ state: 'saved' });
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const pending = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setSave({ state: 'saving' });
    try {
      await send('invitation.draft.save', { draft: next });
      setSave({ state: pending.current ? 'pending' : 'saved' });
    } catch (error) {
      setSave({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }, []);

  useEffect(() => () => void flush().catch(() => undefined), [flush]);

  const change = (next: Draft) => {
    setDraft(next);
    pending.current = next;
    setSave({ state: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), SAVE_DELAY_MS);
  };

  const lint = useMemo(
    () => lintTerms(draft.terms, { scanner: scanClaims, today: localDay(), creatorCount: selected.size }),
    [draft.terms, selected.size],
  );
  const lintText = useLintText();
  const problems = useMemo(() => problemsByField(lint, lintText), [lint, lintText]);
  const productIds = draft.terms.products.map((p) => p.id.trim()).filter(Boolean);

  return (
    <article className="vt-workspace" data-testid="draft-workspace" data-draft-id={draft.id}>
      <header className="vt-workspace-head">
        <span data-testid="draft-save-state" data-state={save.state} className={save.state === 'failed' ? 'vt-error' : 'vt-muted'}>
          {save.state === 'failed' ? t('inv.save.failed', { message: save.error ?? '' }) : t(`inv.save.${save.state}`)}
        </span>
        <button type="button" className="vt-button" data-testid="draft-duplicate" onClick={() => void flush().then(() => props.onDuplicate(draft))}>
          {draft.terms.isTemplate ? t('inv.useTemplate') : t('inv.duplicate')}
        </button>
        <button type="button" className="vt-button" data-testid="draft-delete" onClick={() => props.onDelete(draft.id)}>
          {t('inv.delete')}
        </button>
      </header>
      <DraftEditor draft={draft} onChange={change} problems={problems} />
      <MessagePreview result={lint} />
      <LintList result={lint} />
      <h3>{t('inv.copy.title')}</h3>
      <CopyButtons terms={draft.terms} />
      {!draft.terms.isTemplate && (
        <ApplyPanel
          draftId={draft.id}
          ready={lint.ready}
          candidates={props.candidates}
          productIds={productIds}
          selected={selected}
          onSelect={setSelected}
          beforeApply={flush}
        />
      )}
    </article>
  );
}
