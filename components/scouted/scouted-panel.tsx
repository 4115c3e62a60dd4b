import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { VettokDatabase } from '@/lib/db/database';
import { getCreators } from '@/lib/db/queries/creators';
import { allLists } from '@/lib/db/queries/shortlist-rows';
import { scoutedLog } from '@/lib/db/queries/scouted';
import { TierSchema } from '@/lib/schemas/assessment';
import type { CreatorRecord } from '@/lib/schemas/records';
import { freshFocus, SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY } from '@/lib/scout/focus';
import { DEFAULT_SCOUTED_FILTER, filterScouted, marketsOf, scoutedRows, type ScoutedFilter } from '@/lib/scout/scouted-view';
import { useI18n } from '../i18n';
import './scouted.css';
import { useErrorText, useSend } from '../use-send';

/** When this browser session's scouting began, and the creator a chip last opened (storage.session). */
function useSessionKeys(onNewFocus: () => void): { sessionStart: number | null; focus: string | null } {
  const [state, setState] = useState<{ sessionStart: number | null; focus: string | null; at: number | null }>({ sessionStart: null, focus: null, at: null });
  const focused = useEffectEvent(onNewFocus);
  useEffect(() => {
    const read = () =>
      void browser.storage.session.get([SCOUT_SESSION_KEY, SCOUTED_FOCUS_KEY]).then((got) => {
        const start = got[SCOUT_SESSION_KEY];
        const focus = freshFocus(got[SCOUTED_FOCUS_KEY], Date.now());
        setState((before) => {
          if (focus && focus.at !== before.at) queueMicrotask(focused);
          return { sessionStart: typeof start === 'number' ? start : null, focus: focus?.handle ?? null, at: focus?.at ?? null };
        });
      });
    read();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session') read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return state;
}

/**
 * Everyone Vettok saw on list pages (search, follower lists, feeds, the Affiliate Center's creator
 * list): this session's or all kept, sorted by score, filtered by tier, flags and market; select
 * and add to a list in one go, with undo.
 */
export function ScoutedPanel({ db }: { db: VettokDatabase }) {
  const { t, n } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<ScoutedFilter>(DEFAULT_SCOUTED_FILTER);
  // A chip was clicked: show that creator, whatever the filters said.
  const { sessionStart, focus } = useSessionKeys(() => setFilter({ ...DEFAULT_SCOUTED_FILTER, when: 'recent' }));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [listId, setListId] = useState('');
  const [notice, setNotice] = useState<{ text: string; undoId: string | null } | null>(null);

  const data = useLiveQuery(async () => {
    const log = await scoutedLog(db);
    const records = await getCreators(db, log.map((s) => s.handle));
    const creators = new Map<string, CreatorRecord>();
    for (const r of records) if (r) creators.set(r.handle, r);
    return scoutedRows(log, creators);
  }, [db]);
  const lists = useLiveQuery(() => allLists(db), [db]);
  const rows = useMemo(() => data ?? [], [data]);
  const shown = useMemo(() => filterScouted(rows, filter, sessionStart), [rows, filter, sessionStart]);
  const markets = useMemo(() => marketsOf(rows), [rows]);

  useEffect(() => {
    if (focus) document.querySelector(`[data-testid=scouted-row][data-handle="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus, shown]);

  const set = <K extends keyof ScoutedFilter>(key: K, value: ScoutedFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));
  const toggle = (handle: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(handle)) next.add(handle);
      return next;
    });
  const chosen = shown.filter((r) => selected.has(r.handle)).map((r) => r.handle);

  async function addChosen() {
    try {
      const reply = await send('scout.add', { handles: chosen, listId: listId || null });
      setNotice({ text: reply.added > 0 ? t('scout.bar.added', { count: reply.added, list: reply.listName ?? '' }) : t('scout.bar.nothingAdded'), undoId: reply.undoId });
      setSelected(new Set());
    } catch (error) {
      setNotice({ text: errorText(error), undoId: null });
    }
  }

  async function undo(undoId: string) {
    const { restored } = await send('scout.undo', { undoId });
    setNotice(restored ? { text: t('scout.bar.undone'), undoId: null } : null);
  }

  return (
    <section className="vt-scouted" data-testid="scouted" aria-label={t('scouted.title')}>
      <h2>{t('scouted.title')}</h2>
      {focus && (
        <p data-testid="scouted-focus" data-handle={focus}>
          {rows.some((r) => r.handle === focus) ? t('scouted.focus', { handle: focus }) : t('scouted.notSeen', { handle: focus })}
        </p>
      )}
      <div className="vt-filters" role="group">
        <label>
          {t('scouted.when')}{' '}
          <select value={filter.when} onChange={(e) => set('when', e.target.value as ScoutedFilter['when'])} data-testid="scouted-when">
            <option value="session">{t('scouted.when.session')}</option>
            <option value="recent">{t('scouted.when.recent')}</option>
          </select>
        </label>
        <label>
          {t('scouted.sort')}{' '}
          <select value={filter.sort} onChange={(e) => set('sort', e.target.value as ScoutedFilter['sort'])} data-testid="scouted-sort">
            {(['score', 'scoreAsc', 'seen', 'followers'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`scouted.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scouted.tier')}{' '}
          <select value={filter.tier} onChange={(e) => set('tier', e.target.value as ScoutedFilter['tier'])} data-testid="scouted-tier">
            <option value="all">{t('scouted.all')}</option>
            {TierSchema.options.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scouted.flags')}{' '}
          <select value={filter.flags} onChange={(e) => set('flags', e.target.value as ScoutedFilter['flags'])} data-testid="scouted-flags">
            {(['any', 'none', 'some', 'risk'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`scouted.flags.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('scouted.market')}{' '}
          <select value={filter.market} onChange={(e) => set('market', e.target.value)} data-testid="scouted-market">
            <option value="all">{t('scouted.all')}</option>
            {markets.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="vt-bulk" role="toolbar">
        <span data-testid="scouted-count">{t('scouted.count', { shown: shown.length, total: rows.length })}</span>
        <button type="button" onClick={() => setSelected(new Set(shown.map((r) => r.handle)))} disabled={shown.length === 0} data-testid="scouted-select-all">
          {t('scouted.selectAll')}
        </button>
        <select value={listId} onChange={(e) => setListId(e.target.value)} aria-label={t('scout.bar.list')} data-testid="scouted-list">
          <option value="">{t('scout.bar.lastList')}</option>
          {(lists ?? [])
            .filter((l) => !l.archived)
            .map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
        </select>
        <button type="button" onClick={() => void addChosen()} disabled={chosen.length === 0} data-testid="scouted-add">
          {t('scouted.addSelected', { count: chosen.length })}
        </button>
      </div>
      {notice && (
        <p role="status" data-testid="scouted-notice">
          {notice.text}{' '}
          {notice.undoId && (
            <button type="button" onClick={() => void undo(notice.undoId!)} data-testid="scouted-undo">
              {t('scout.bar.undo')}
            </button>
          )}
        </p>
      )}
      {rows.length === 0 ? (
        <p data-testid="scouted-empty">{t('scouted.empty')}</p>
      ) : (
        <table className="vt-table">
          <thead>
            <tr>
              <th />
              <th>{t('scouted.col.creator')}</th>
              <th>{t('scouted.col.score')}</th>
              <th>{t('scouted.col.tier')}</th>
              <th>{t('scouted.col.flags')}</th>
              <th>{t('scouted.col.market')}</th>
              <th>{t('scouted.col.followers')}</th>
              <th>{t('scouted.col.seen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, index) => (
              <tr
                key={r.handle}
                data-testid="scouted-row"
                data-handle={r.handle}
                data-index={index}
                data-score={r.score ?? ''}
                data-tier={r.tier ?? ''}
                data-focused={r.handle === focus ? 'true' : undefined}
                className={r.handle === focus ? 'vt-row-focused' : undefined}
              >
                <td>
                  <input type="checkbox" checked={selected.has(r.handle)} onChange={() => toggle(r.handle)} aria-label={t('scout.bar.select', { handle: r.handle })} />
                </td>
                <td>
                  <a href={`https://www.tiktok.com/@${r.handle}`} target="_blank" rel="noreferrer">
                    @{r.handle}
                  </a>
                  {r.nickname ? ` ${r.nickname}` : ''}
                </td>
                <td>{r.score === null ? '—' : r.provisional ? `${r.score} (${t('scout.chip.provisional')})` : r.score}</td>
                <td>{r.tier ? t(`tier.${r.tier}`) : '—'}</td>
                <td>{r.flags}</td>
                <td>{r.market ?? '—'}</td>
                <td>{r.followers === null ? '—' : n(r.followers)}</td>
                <td>{t(`scout.evidence.source.${r.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
