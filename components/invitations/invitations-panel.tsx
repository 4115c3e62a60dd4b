import './invitations.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadSettings } from '@/lib/platform/settings-item';
import type { VettokDatabase } from '@/lib/db/database';
import { listDrafts, listInvitations } from '@/lib/db/queries/invitations';
import { shortlistedCreators } from '@/lib/db/queries/memberships';
import { COMMISSION_RANGES } from '@/lib/invitations/commission-ranges';
import { newDraft, type Draft } from '@/lib/invitations/draft';
import { defaultTerms, marketLanguage } from '@/lib/invitations/terms';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';
import type { Candidate } from './apply-panel';
import { DraftWorkspace } from './draft-workspace';
import { InvitationList } from './invitation-list';

/** A new draft in the target market's language and the merchant's category (Settings). */
async function startingDraft(id: string, name: string, now: number, uiLocale: 'zh-CN' | 'en'): Promise<Draft> {
  const settings = await loadSettings().catch(() => null);
  const terms = defaultTerms(marketLanguage(settings?.targetMarket ?? null, uiLocale));
  const category = settings?.category ?? null;
  if (category && Object.prototype.hasOwnProperty.call(COMMISSION_RANGES, category)) terms.category = category;
  return newDraft(id, name, now, terms.language, terms);
}

/** The side panel's Invitations section: templates and drafts, lint, copy, apply, applied invitations. */
export function InvitationsPanel({ db }: { db: VettokDatabase }) {
  const { t, locale } = useI18n();
  const drafts = useLiveQuery(() => listDrafts(db), [db]);
  const invitations = useLiveQuery(() => listInvitations(db), [db]);
  const candidates = useLiveQuery((): Promise<Candidate[]> => shortlistedCreators(db), [db]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async (from?: Draft) => {
    const id = crypto.randomUUID();
    const now = Date.now();
    try {
      const draft: Draft = from
        ? { ...from, id, name: t('inv.copyName', { name: from.name }), createdAt: now, updatedAt: now, terms: { ...from.terms, isTemplate: false } }
        : await startingDraft(id, t('inv.newDraftName', { count: (drafts?.length ?? 0) + 1 }), now, locale);
      await send('invitation.draft.save', { draft });
      setSelectedId(id);
      setError(null);
    } catch (e) {
      setError(t('error.unknown', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const remove = async (id: string) => {
    await send('invitation.draft.delete', { id });
    setSelectedId(null);
  };

  const current = drafts?.find((d) => d.id === selectedId) ?? null;
  return (
    <section className="vt-invitations" data-testid="invitations-panel">
      <h1>{t('inv.title')}</h1>
      <div className="vt-draft-bar">
        <select data-testid="draft-select" value={selectedId ?? ''} onChange={(e) => setSelectedId(e.target.value || null)} aria-label={t('inv.choose')}>
          <option value="">{t('inv.choose')}</option>
          {drafts?.map((d) => (
            <option key={d.id} value={d.id}>
              {d.terms.isTemplate ? `${t('inv.templateMark')} ` : ''}
              {d.name || d.id}
            </option>
          ))}
        </select>
        <button type="button" className="vt-button vt-primary" data-testid="draft-new" onClick={() => void create()}>
          {t('inv.new')}
        </button>
      </div>
      {error && <p className="vt-error">{error}</p>}
      {drafts?.length === 0 && <p className="vt-muted">{t('inv.empty')}</p>}
      {current && (
        <DraftWorkspace
          key={current.id}
          initial={current}
          candidates={candidates ?? []}
          onDuplicate={(d) => void create(d)}
          onDelete={(id) => void remove(id)}
        />
      )}
      <h2>{t('inv.applied.title')}</h2>
      <InvitationList invitations={invitations ?? []} />
    </section>
  );
}
