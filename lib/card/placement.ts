/**
 * How the merchant left the card: collapsed or expanded, on each site and last of all, and where
 * they dragged it on each site. Kept in the extension's local storage (components/card/
 * card-placement.ts) and read back on every creator page. Storage can hold anything (an older
 * version, a hand edit): `readCardPlacement` keeps only what has the right shape.
 */

/** Where the merchant dragged the card: its top-right corner, in CSS pixels from the viewport's top and right edges. */
export interface CardPosition {
  top: number;
  right: number;
}

export interface SitePlacement {
  collapsed?: boolean;
  position?: CardPosition;
}

export interface CardPlacement {
  /** The merchant's preference (Settings): the card opens as a small score pill until they expand it. */
  startCollapsed: boolean;
  /** Collapsed or expanded, as last left on any site; null until the merchant first toggles. */
  collapsed: boolean | null;
  /** By site (the page's host). */
  sites: Record<string, SitePlacement>;
}

export const DEFAULT_CARD_PLACEMENT: CardPlacement = { startCollapsed: false, collapsed: null, sites: {} };

/** Sites remembered at most: the card runs on three hosts; anything beyond is stale data. */
const SITES_KEPT = 8;
/** Farther than this from the viewport's edge is not a position anyone dragged to (a corrupt value). */
const POSITION_MAX_PX = 100_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= POSITION_MAX_PX;

function readPosition(value: unknown): CardPosition | undefined {
  if (!isRecord(value) || !isOffset(value['top']) || !isOffset(value['right'])) return undefined;
  return { top: value['top'], right: value['right'] };
}

function readSite(value: unknown): SitePlacement | undefined {
  if (!isRecord(value)) return undefined;
  const site: SitePlacement = {};
  if (typeof value['collapsed'] === 'boolean') site.collapsed = value['collapsed'];
  const position = readPosition(value['position']);
  if (position) site.position = position;
  return site;
}

/** The stored placement with every malformed part dropped (defaults in its place). */
export function readCardPlacement(value: unknown): CardPlacement {
  if (!isRecord(value)) return DEFAULT_CARD_PLACEMENT;
  const sites: Record<string, SitePlacement> = {};
  const stored = isRecord(value['sites']) ? Object.entries(value['sites']) : [];
  for (const [host, raw] of stored.slice(-SITES_KEPT)) {
    const site = readSite(raw);
    if (site && /^[a-z0-9.-]{1,253}$/.test(host)) sites[host] = site;
  }
  return {
    startCollapsed: value['startCollapsed'] === true,
    collapsed: typeof value['collapsed'] === 'boolean' ? value['collapsed'] : null,
    sites,
  };
}

/** Collapsed on `site`: as left there, else as last left anywhere, else the merchant's preference. */
export function collapsedOn(placement: CardPlacement, site: string): boolean {
  return placement.sites[site]?.collapsed ?? placement.collapsed ?? placement.startCollapsed;
}

/** The merchant collapsed or expanded the card on `site`: remembered there and as the last choice. */
export function withCollapsed(placement: CardPlacement, site: string, collapsed: boolean): CardPlacement {
  return { ...placement, collapsed, sites: { ...placement.sites, [site]: { ...placement.sites[site], collapsed } } };
}

/** The merchant dragged the card on `site` (null: back to the automatic dock). */
export function withPosition(placement: CardPlacement, site: string, position: CardPosition | null): CardPlacement {
  const { position: _old, ...rest } = placement.sites[site] ?? {};
  return { ...placement, sites: { ...placement.sites, [site]: position ? { ...rest, position } : rest } };
}

/** The merchant changed the Settings preference: it applies everywhere again, so what each site remembered is let go. */
export function withStartCollapsed(placement: CardPlacement, startCollapsed: boolean): CardPlacement {
  const sites = Object.fromEntries(Object.entries(placement.sites).map(([host, { collapsed: _c, ...rest }]) => [host, rest]));
  return { ...placement, startCollapsed, collapsed: null, sites };
}
