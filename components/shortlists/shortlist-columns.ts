import type { SortKey } from '@/lib/shortlists/filter-spec';

/**
 * The shortlist's columns after the always-shown creator (handle and nickname). Each fits the side
 * panel's width: two short lines at most, a minimum width, and a share of the space left.
 */
export const OPTIONAL_COLUMNS = ['score', 'tier', 'flag', 'status', 'confidence', 'priority', 'added', 'language'] as const;
export type ColumnId = (typeof OPTIONAL_COLUMNS)[number];

/** What a merchant sees before choosing: handle, score/grade, tier (with followers), the top flag, status. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['score', 'tier', 'flag', 'status'];

export interface ColumnSpec {
  label: string;
  /** The sort its header applies; null = not sortable. */
  sort: SortKey | null;
  /** Minimum width in px, and the share of the space left over (0 = fixed). */
  min: number;
  grow: number;
  numeric?: boolean;
}

export const COLUMN_SPECS: Readonly<Record<ColumnId | 'creator', ColumnSpec>> = {
  creator: { label: 'column.handle', sort: 'handle', min: 64, grow: 3 },
  score: { label: 'column.score', sort: 'score', min: 38, grow: 0, numeric: true },
  // The tier comes from the followers: the column shows both and sorts by followers.
  tier: { label: 'column.tier', sort: 'followers', min: 52, grow: 1 },
  flag: { label: 'column.flags', sort: null, min: 34, grow: 0 },
  status: { label: 'column.status', sort: 'status', min: 50, grow: 1 },
  confidence: { label: 'column.confidence', sort: 'confidence', min: 64, grow: 1 },
  priority: { label: 'column.priority', sort: 'priority', min: 34, grow: 0, numeric: true },
  added: { label: 'column.added', sort: 'addedAt', min: 70, grow: 0 },
  language: { label: 'column.language', sort: null, min: 56, grow: 1 },
};

/** The check box column's width. */
const CHECK = 22;
/** Horizontal padding of a row and the gap between cells, as in the side panel's CSS. */
const PADDING = 8;
const GAP = 4;

/** The grid's `grid-template-columns` and the width below which it scrolls sideways (inside the list, never the page). */
export function gridLayout(columns: readonly ColumnId[]): { template: string; minWidth: number } {
  const specs = [COLUMN_SPECS.creator, ...columns.map((c) => COLUMN_SPECS[c])];
  const template = [`${CHECK}px`, ...specs.map((s) => (s.grow === 0 ? `${s.min}px` : `minmax(${s.min}px, ${s.grow}fr)`))].join(' ');
  const minWidth = CHECK + specs.reduce((sum, s) => sum + s.min, 0) + GAP * specs.length + PADDING;
  return { template, minWidth };
}

const STORAGE_KEY = 'vettok.sidepanel.columns';

/** The merchant's chosen columns, as saved on this device (unknown ids dropped, order kept canonical). */
export function loadColumns(storage: Pick<Storage, 'getItem'>): ColumnId[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(saved)) return [...DEFAULT_COLUMNS];
    return OPTIONAL_COLUMNS.filter((c) => saved.includes(c));
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

export function saveColumns(storage: Pick<Storage, 'setItem'>, columns: readonly ColumnId[]): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(columns));
}
