import './invitations.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { BadRecordsNotice } from '../bad-records-notice';
import { badInvitationRecords } from '@/lib/db/queries/bad-records';
import { useEffect, useState } from 'react';
import { loadSettings } from '@/lib/platform/settings-item';
import type { VettokDatabase } from '@/lib/db/database';
import { listDrafts, listInvitations } from '@/lib/db/queries/invitations';
import { shortlistedCreators } from '@/lib/db/queries/memberships';
import { COMMISSION_RANGES } from '@/lib/invitations/commission-ranges';
import { newDraft, type Draft } from '@/lib/invitations/draft';
import { termsFromDefaults } from '@/lib/invitations/defaults';
import { defaultTerms, marketLanguage } from '@/lib/invitations/terms';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';
import type { Candidate } from './apply-panel';
import { DraftWorkspace } from './draft-workspace';
import { InvitationList } from './invitation-list';

/** Today in the merchant's time zone, `YYYY-MM-DD`. */
function localDay(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * A new draft: the invitation defaults of Settings with their dates counted from today, else the
 * target market's language; the merchant's category (Settings) where the terms name none.
 */
async function startingDraft(id: string, name: string, now: number, uiLocale: 'zh-CN' | 'en'): Promise<Draft> {
  const settings = await loadSettings().catch(() => null);
  const defaults = settings?.invitationDefaults;
  const terms = defaults ? termsFromDefaults(defaults, localDay()) : defaultTerms(marketLanguage(settings?.targetMarket ?? null, uiLocale));
  const category = terms.category ?? settings?.category ?? null;
  if (category && Object.prototype.hasOwnProperty.call(COMMISSION_RANGES, category)) terms.category = category;
  return newDraft(id, name, now, terms.language, terms);
}

/** Whether the merchant has set invitation defaults in Settings; null while unknown. */
function useLiveSettingsDefaults(): boolean | null {
  const [has, setHas] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((settings) => live && setHas(Boolean(settings.invitationDefaults)))
      .catch(() => live && setHas(null));
    return () => {
      live = false;
    };
  }, []);
  return has;
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
  const hasDefaults = useLiveSettingsDefaults();
  return (
    <section className="vt-invitations" data-testid="invitations-panel">
      <h1>{t('inv.title')}</h1>
      <BadRecordsNotice load={() => badInvitationRecords(db, Date.now())} deps={[db]} />
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
      {hasDefaults !== null && (
        <p className="vt-muted" data-testid="draft-defaults-note" data-defaults={hasDefaults ? 'set' : 'unset'}>
          {hasDefaults ? t('inv.defaults.note') : t('inv.defaults.missing')}{' '}
          <a href="#settings" data-testid="draft-defaults-open">
            {t('inv.defaults.open')}
          </a>
        </p>
      )}
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
