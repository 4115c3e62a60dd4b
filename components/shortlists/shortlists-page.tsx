import { useLiveQuery } from 'dexie-react-hooks';
import { BadRecordsNotice } from '../bad-records-notice';
import { badEntriesOfList } from '@/lib/db/queries/bad-records';
import { useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import type { VettokDatabase } from '@/lib/db/database';
import type { BulkAction, EntryPatch } from '@/lib/db/entries-repository';
import { allLists, listCounts, loadFirstPage, loadListRows } from '@/lib/db/queries/shortlist-rows';
import { defaultDescending, filterSorted, sortRows, type ShortlistFilter, type SortKey } from '@/lib/shortlists/filter-spec';
import { tierMix } from '@/lib/shortlists/tier-mix';
import { useI18n } from '../i18n';
import { useErrorText, useSend } from '../use-send';
import { BulkBar } from './bulk-bar';
import { ColumnChooser } from './column-chooser';
import { CreatorView } from './creator-view';
import { ExportCsvButton } from './export-csv-button';
import { ListBar } from './list-bar';
import { NoticeBar, type Notice } from './notice-bar';
import { ShortlistFilters } from './shortlist-filters';
import { loadColumns, saveColumns, type ColumnId } from './shortlist-columns';
import { ShortlistTable } from './shortlist-table';
import { TierMixPanel } from './tier-mix-panel';

const SELECTED_LIST_KEY = 'vettok.sidepanel.list';
/** Rows read first, through the date index, to fill the screen while the whole list loads. */
const FIRST_PAGE = 60;

/** Shortlists in the side panel: pick a list, filter and sort it, act on rows, open a creator. */
export function ShortlistsPage({ db }: { db: VettokDatabase }) {
  const { t } = useI18n();
  const send = useSend();
  const errorText = useErrorText();
  // Order of reads matters (IndexedDB serves them in turn): the lists, then the first screen of
  // rows, then everything else (counts, the whole list, tags).
  const plainLists = useLiveQuery(() => allLists(db), [db]);
  const [chosenId, setChosenId] = useState<string | null>(() => localStorage.getItem(SELECTED_LIST_KEY));
  const [showArchived, setShowArchived] = useState(false);
  const [filter, setFilter] = useState<ShortlistFilter>({});
  const deferredFilter = useDeferredValue(filter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [openEntry, setOpenEntry] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [columns, setColumns] = useState<ColumnId[]>(() => loadColumns(localStorage));

  // The chosen list if it still exists, else the first unarchived one, else the first.
  const listId = useMemo(() => {
    if (!plainLists?.length) return null;
    if (chosenId && plainLists.some((l) => l.id === chosenId)) return chosenId;
    return (plainLists.find((l) => !l.archived) ?? plainLists[0]!).id;
  }, [plainLists, chosenId]);

  // Results carry the list they were read for: useLiveQuery keeps the previous result while a new
  // query runs, and a stale "first page is in" would start the big read too early.
  const firstPageResult = useLiveQuery(async () => ({ listId, rows: listId ? await loadFirstPage(db, listId, FIRST_PAGE) : [] }), [db, listId]);
  const firstPage = firstPageResult?.listId === listId ? firstPageResult.rows : undefined;
  // The whole list is read once the first screen is in: IndexedDB serves requests in order, and
  // the small first read must not queue behind the big one.
  const firstPageIn = firstPage !== undefined && listId !== null;
  const fullRows = useLiveQuery(
    async () => (firstPageIn ? { listId, rows: listId ? await loadListRows(db, listId) : [] } : undefined),
    [db, listId, firstPageIn],
  );
  const listIdsKey = (plainLists ?? []).map((l) => l.id).join('\n');
  const counts = useLiveQuery(
    async () => (firstPageIn ? listCounts(db, listIdsKey ? listIdsKey.split('\n') : []) : undefined),
    [db, listIdsKey, firstPageIn],
  );
  const lists = useMemo(
    () => plainLists?.map((list) => ({ list, count: counts?.[list.id] ?? (list.id === listId ? (firstPage?.length ?? 0) : 0) })),
    [plainLists, counts, listId, firstPage],
  );
  const current = lists?.find((l) => l.list.id === listId) ?? null;
  const baseRows = fullRows?.listId === listId ? fullRows.rows : undefined;
  const loadingAll = baseRows === undefined && firstPage !== undefined;
  // A filter or sort the rows do not show yet (its deferred render still to come).
  const settling = deferredFilter !== filter;
  // The list sorted once per sort order; a filter then only drops rows (the order stays), and
  // clearing it gives back the sorted list itself.
  const sortKey = deferredFilter.sort ?? 'addedAt';
  const sortDescending = deferredFilter.descending;
  const sortedRows = useMemo(
    () => (baseRows ? sortRows(baseRows, { sort: sortKey, descending: sortDescending }) : null),
    [baseRows, sortKey, sortDescending],
  );
  // Every condition of the filter, the indexed ones too, is checked on the rows in memory
  // (`rowMatcher`): no index read per filter. Such a read answered nothing the rows did not, and
  // at 100,000 rows it kept IndexedDB and this page busy for seconds after each filter change.
  const rows = useMemo(
    // Until the whole list is read, the newest rows show as they are (the default order).
    () => (sortedRows ? filterSorted(sortedRows, deferredFilter) : (firstPage ?? [])),
    [sortedRows, deferredFilter, firstPage],
  );
  const tags = useMemo(() => [...new Set((baseRows ?? []).flatMap((r) => r.tags))].sort(), [baseRows]);
  const languages = useMemo(() => [...new Set((baseRows ?? []).flatMap((r) => (r.language ? [r.language] : [])))].sort(), [baseRows]);
  const mix = useMemo(() => tierMix((baseRows ?? []).map((r) => r.merchantTier)), [baseRows]);

  // Marks for the benchmark: set in a layout effect, i.e. the moment the rows are in the DOM.
  useLayoutEffect(() => {
    if (rows.length > 0 && performance.getEntriesByName('vettok:rows-rendered').length === 0) performance.mark('vettok:rows-rendered');
    if (baseRows && baseRows.length > 0 && performance.getEntriesByName('vettok:all-rows-rendered').length === 0) performance.mark('vettok:all-rows-rendered');
  }, [rows, baseRows]);

  const selectList = (id: string) => {
    setChosenId(id);
    localStorage.setItem(SELECTED_LIST_KEY, id);
    setSelected(new Set());
    setActive(0);
  };

  async function act(work: () => Promise<{ undoId?: string; affected?: number } | unknown>, text: (affected: number) => string) {
    try {
      const reply = (await work()) as { undoId?: string; affected?: number } | undefined;
      setNotice({ kind: 'info', text: text(reply?.affected ?? 0), undoId: reply?.undoId });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    }
  }

  const onBulk = (action: BulkAction) => {
    const ids = rows.filter((r) => selected.has(r.entryId)).map((r) => r.entryId);
    void act(() => send('entries.bulk', { entryIds: ids, action }), (count) => t(`bulk.done.${action.kind}`, { count })).then(() => setSelected(new Set()));
  };

  const onSort = (key: SortKey) => {
    const currentKey = filter.sort ?? 'addedAt';
    const descending = currentKey === key ? !(filter.descending ?? defaultDescending(key)) : defaultDescending(key);
    setFilter({ ...filter, sort: key, descending });
  };

  const onSave = (entryId: string, patch: EntryPatch) => void act(() => send('entry.update', { entryId, patch }), () => t('entry.saved'));

  if (lists === undefined) return null;
  const total = counts?.[current?.list.id ?? ''] ?? null;
  return (
    <div className="vt-shortlists" data-testid="shortlists" data-list-id={listId ?? ''} data-creator-open={String(openEntry !== null)}>
      {listId && <BadRecordsNotice load={() => badEntriesOfList(db, listId, Date.now())} deps={[db, listId]} />}
      <NoticeBar
        notice={notice}
        onClose={() => setNotice(null)}
        onUndo={(undoId) =>
          void send('undo.apply', { undoId })
            .then((r) =>
              setNotice(
                r.restored
                  ? { kind: 'info', text: r.merged > 0 ? t('undo.merged', { count: r.merged }) : t('undo.done') }
                  : r.refusal === 'list-gone'
                    ? { kind: 'error', text: t('undo.listGone'), undoId }
                    : { kind: 'info', text: t('undo.gone') },
              ),
            )
            .catch((error: unknown) => setNotice({ kind: 'error', text: errorText(error) }))
        }
      />
      <ListBar
        lists={lists}
        selectedId={listId}
        onSelect={selectList}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        onCreate={(name) =>
          void send('list.create', { name })
            .then(({ list }) => selectList(list.id))
            .catch((error: unknown) => setNotice({ kind: 'error', text: errorText(error) }))
        }
        onRename={(id, name) => void act(() => send('list.rename', { listId: id, name }), () => t('list.renamed'))}
        onArchive={(id, archived) => void act(() => send('list.archive', { listId: id, archived }), () => (archived ? t('list.archivedDone') : t('list.unarchivedDone')))}
        onDelete={(id) => void act(() => send('list.delete', { listId: id }), (count) => t('list.deleted', { count }))}
      />
      {lists.length === 0 && <p className="vt-muted">{t('sidepanel.empty')}</p>}
      {current && (baseRows || firstPage) && (
        <section className="vt-list" data-testid="shortlist" data-list-id={current.list.id} data-settling={String(loadingAll || settling)}>
          <h2>
            {current.list.name}{' '}
            <small data-testid="row-count" data-value={baseRows ? rows.length : ''} data-loading={String(loadingAll)}>
              {!baseRows
                ? total === null
                  ? t('sidepanel.loadingList')
                  : t('sidepanel.loading', { count: total })
                : rows.length === baseRows.length
                  ? t('sidepanel.creators', { count: baseRows.length })
                  : t('sidepanel.filtered', { shown: rows.length, count: baseRows.length })}
            </small>
          </h2>
          <TierMixPanel mix={mix} />
          <ShortlistFilters filter={filter} onChange={setFilter} languages={languages} tags={tags} />
          <div className="vt-actions">
            <ExportCsvButton rows={rows} listName={current.list.name} />
            <ColumnChooser
              columns={columns}
              onChange={(next) => {
                setColumns(next);
                saveColumns(localStorage, next);
              }}
            />
          </div>
          <BulkBar count={selected.size} lists={lists} currentListId={current.list.id} onAction={onBulk} onClear={() => setSelected(new Set())} />
          {baseRows?.length === 0 || firstPage?.length === 0 ? (
            <p className="vt-muted">{t('sidepanel.listEmpty')}</p>
          ) : (
            <ShortlistTable
              rows={rows}
              sort={{ key: filter.sort ?? 'addedAt', descending: filter.descending ?? defaultDescending(filter.sort ?? 'addedAt') }}
              onSort={onSort}
              selected={selected}
              onSelect={setSelected}
              active={Math.min(active, Math.max(0, rows.length - 1))}
              onActive={setActive}
              onOpen={(row) => setOpenEntry(row.entryId)}
              columns={columns}
            />
          )}
        </section>
      )}
      {/* The creator's page covers the side panel; the list stays mounted underneath (its scroll,
          selection and filters are there on the way back). */}
      {openEntry && <CreatorView db={db} entryId={openEntry} onClose={() => setOpenEntry(null)} onSave={onSave} />}
    </div>
  );
}
