import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { translate, type Locale } from '@/lib/i18n';
import { languageName } from '@/lib/i18n/display-names';
import { profileUrl } from '@/lib/readers/profile-url';
import type { SortKey } from '@/lib/shortlists/filter-spec';
import type { ShortlistRowView } from '@/lib/shortlists/row-view';
import { useI18n } from '../i18n';
import { COLUMN_SPECS, gridLayout, type ColumnId } from './shortlist-columns';
import { useVirtualWindow } from './use-virtual-window';

export const ROW_HEIGHT = 40;

export interface TableSort {
  key: SortKey;
  descending: boolean;
}

/**
 * One list as a virtualised grid of compact rows: the creator, then the columns the merchant chose
 * (by default score/grade, tier/followers, the top flag, status); a row opens the creator's full
 * view. It fits the side panel's width; more columns than fit scroll sideways inside the list,
 * never the page. Rows carry the testing contract `shortlist-row` + `data-handle`.
 * Keyboard: ↑/↓ move, Home/End, Space selects, Enter opens the creator, Ctrl/⌘+A selects all,
 * Esc clears the selection.
 */
export function ShortlistTable({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  active,
  onActive,
  onOpen,
  columns,
}: {
  columns: readonly ColumnId[];
  rows: readonly ShortlistRowView[];
  sort: TableSort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: Dispatch<SetStateAction<Set<string>>>;
  active: number;
  onActive: (index: number) => void;
  onOpen: (row: ShortlistRowView) => void;
}) {
  const { t, locale } = useI18n();
  const viewport = useRef<HTMLDivElement>(null);
  // Intl formatters are costly to create: one of each per locale, not one per cell per frame.
  // Likewise the labels: looked up once per locale, not per cell per frame.
  const formats = useMemo(
    () => ({
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(locale),
      label: (key: string) => translate(locale, key),
      locale,
    }),
    [locale],
  );
  const layout = useMemo(() => gridLayout(columns), [columns]);
  const gridStyle = { gridTemplateColumns: layout.template, minWidth: layout.minWidth };
  const { first, last, totalHeight, onScroll, reveal } = useVirtualWindow(viewport, rows.length, ROW_HEIGHT);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.entryId));

  // Functional update: rows keep their handler across renders (see Row) without a stale selection.
  const toggle = (row: ShortlistRowView) =>
    onSelect((previous) => {
      const next = new Set(previous);
      if (next.has(row.entryId)) next.delete(row.entryId);
      else next.add(row.entryId);
      return next;
    });

  const openAt = (row: ShortlistRowView, index: number) => {
    onActive(index);
    onOpen(row);
  };

  const move = (index: number) => {
    const clamped = Math.max(0, Math.min(rows.length - 1, index));
    onActive(clamped);
    reveal(clamped);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor((viewport.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const row = rows[active];
    switch (event.key) {
      case 'ArrowDown':
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'PageDown':
        move(active + page);
        break;
      case 'PageUp':
        move(active - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case ' ':
        if (row) toggle(row);
        break;
      case 'Enter':
        if (row) onOpen(row);
        break;
      case 'Escape':
        onSelect(new Set());
        break;
      case 'a':
        if (!(event.ctrlKey || event.metaKey)) return;
        onSelect(new Set(rows.map((r) => r.entryId)));
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="vt-grid" role="grid" aria-rowcount={rows.length} aria-multiselectable="true">
      <div className="vt-grid-head" role="row" style={gridStyle}>
        <span role="columnheader" className="vt-cell-check">
          <input
            type="checkbox"
            aria-label={t('bulk.selectAll')}
            checked={allSelected}
            onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((r) => r.entryId)))}
            data-testid="select-all"
          />
        </span>
        {(['creator', ...columns] as const).map((id) => {
          const c = COLUMN_SPECS[id];
          return (
            <span
              key={id}
              role="columnheader"
              className={c.numeric ? 'vt-num' : undefined}
              data-column={id}
              aria-sort={c.sort && sort.key === c.sort ? (sort.descending ? 'descending' : 'ascending') : undefined}
            >
              {c.sort ? (
                <button type="button" className="vt-sort" onClick={() => onSort(c.sort!)} data-testid={`sort-${c.sort}`} title={t(c.label)}>
                  {t(c.label)}
                  {sort.key === c.sort ? (sort.descending ? ' ↓' : ' ↑') : ''}
                </button>
              ) : (
                t(c.label)
              )}
            </span>
          );
        })}
      </div>
      <div
        className="vt-grid-body"
        style={{ minWidth: layout.minWidth }}
        ref={viewport}
        onScroll={onScroll}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="shortlist-grid"
        aria-activedescendant={rows[active] ? `row-${rows[active].entryId}` : undefined}
      >
        <div style={{ height: totalHeight, position: 'relative', minWidth: layout.minWidth }}>
          {rows.slice(first, last).map((row, offset) => (
            <Row
              // Keyed by slot, not by entry: a row scrolled out is reused for the row scrolled in
              // (its text and attributes updated), instead of one removed and one built per row.
              key={(first + offset) % (last - first)}
              row={row}
              index={first + offset}
              isActive={first + offset === active}
              isSelected={selected.has(row.entryId)}
              onToggle={toggle}
              onOpen={openAt}
              formats={formats}
              columns={columns}
              gridStyle={gridStyle}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: ShortlistRowView;
  index: number;
  isActive: boolean;
  isSelected: boolean;
  onToggle: (row: ShortlistRowView) => void;
  onOpen: (row: ShortlistRowView, index: number) => void;
  formats: { number: Intl.NumberFormat; date: Intl.DateTimeFormat; label: (key: string) => string; locale: Locale };
  columns: readonly ColumnId[];
  gridStyle: CSSProperties;
}

/** One row; re-renders only when its own data, place or selection changes. */
const Row = memo(
  function Row({ row, index, isActive, isSelected, onToggle, onOpen, formats, columns, gridStyle }: RowProps) {
    const t = formats.label;
    const element = useRef<HTMLDivElement>(null);
    // A reused row that holds the focus (its checkbox or link) now shows another entry: the focus
    // goes back to the grid, so a key press never acts on a row the user did not pick.
    useLayoutEffect(() => {
      const el = element.current;
      if (el?.contains(document.activeElement)) el.closest<HTMLElement>('[data-testid=shortlist-grid]')?.focus({ preventScroll: true });
    }, [row.entryId]);
    return (
      <div
        ref={element}
        id={`row-${row.entryId}`}
        role="row"
        aria-rowindex={index + 1}
        aria-selected={isSelected}
        className={`vt-grid-row${isActive ? ' vt-active' : ''}${isSelected ? ' vt-selected' : ''}`}
        style={{ ...gridStyle, transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
        data-testid="shortlist-row"
        data-handle={row.handle}
        data-index={index}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a, input, button')) return;
          onOpen(row, index);
        }}
      >
        <span role="gridcell" className="vt-cell-check">
          <input type="checkbox" checked={isSelected} onChange={() => onToggle(row)} aria-label={translate(formats.locale, 'bulk.select', { handle: row.handle })} />
        </span>
        <span role="gridcell" className="vt-cell-creator">
          <a href={profileUrl(row.handle)} target="_blank" rel="noreferrer noopener">
            @{row.handle}
          </a>
          {row.nickname && <span className="vt-muted">{row.nickname}</span>}
          {row.flagIds.some((id) => id.startsWith('terminated-low-roi:')) && (
            <span className="vt-terminate" data-testid="row-terminate" data-handle={row.handle}>
              {t('collab.terminatedMark')}
            </span>
          )}
        </span>
        {columns.map((id) => cell(id, row, formats))}
      </div>
    );
  },
  (a, b) =>
    a.row === b.row && a.index === b.index && a.isActive === b.isActive && a.isSelected === b.isSelected && a.formats === b.formats && a.columns === b.columns,
);

/**
 * One cell of a chosen column: at most two short lines, the full text in its title. A plain
 * function, not a component: the row re-renders its cells together, and scrolling reuses rows.
 */
function cell(id: ColumnId, row: ShortlistRowView, formats: RowProps['formats']) {
  const t = formats.label;
  switch (id) {
    case 'score':
      return (
        <span key={id} role="gridcell" className="vt-num vt-cell-stack" data-testid="row-score" data-value={row.score === null ? '' : Math.round(row.score)}>
          <strong>{row.score === null ? '—' : Math.round(row.score)}</strong>
          {row.grade && <span className="vt-muted">{row.grade}</span>}
        </span>
      );
    case 'tier': {
      const tier = row.merchantTier ? t(`merchantTier.${row.merchantTier}`) : '—';
      const followers = row.followers === null ? '—' : formats.number.format(row.followers);
      return (
        <span key={id} role="gridcell" className="vt-cell-stack" data-value={row.merchantTier ?? ''} title={`${tier} · ${followers}`}>
          <span>{tier}</span>
          <span className="vt-muted vt-figure" data-testid="row-followers" data-value={row.followers ?? ''}>
            {followers}
          </span>
        </span>
      );
    }
    case 'flag': {
      const [top, ...more] = row.pitfalls;
      return (
        <span key={id} role="gridcell" className="vt-pitfalls" data-testid="row-flag" data-value={row.pitfalls.join(' ')} title={row.pitfalls.map((p) => `${p} ${t(`pitfall.${p}`)}`).join('\n')}>
          {top ?? ''}
          {more.length > 0 && <small> +{more.length}</small>}
        </span>
      );
    }
    case 'status':
      return (
        <span key={id} role="gridcell" data-testid="row-status" data-value={row.status}>
          {t(`status.${row.status}`)}
        </span>
      );
    case 'confidence':
      return <span key={id} role="gridcell">{row.confidence ? t(`confidence.${row.confidence}`) : '—'}</span>;
    case 'priority':
      return (
        <span key={id} role="gridcell" className="vt-num">
          {row.priority || ''}
        </span>
      );
    case 'added':
      return <span key={id} role="gridcell">{formats.date.format(row.addedAt)}</span>;
    case 'language':
      return <span key={id} role="gridcell">{row.language ? languageName(formats.locale, row.language) : '—'}</span>;
  }
}
