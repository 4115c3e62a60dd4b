import type { CommerceMetrics, CreatorSnapshot } from '../schemas/creator-snapshot';
import { parseMoneyRange } from './affiliate-profile';
import { cappedText, exactCountOf, field, isRecord, nonEmptyText, nonNegativeInt } from './json-values';
import { MAX_LIST_ENTRIES } from './list-authors';
import { blankSnapshot, MAX_NICKNAME, normaliseHandle, provenanceOf } from './user-fields';

/**
 * The Affiliate Center's creator marketplace list (达人广场,
 * `POST /api/v1/oec/affiliate/creator/marketplace/find`): `creator_profile_list[]`, each field wrapped
 * as `{value: …}` (unwrapped values read the same). Only the fields whose meaning is certain become
 * figures: handle, nickname, followers (`follower_cnt`), units sold, posts in 30 days, the GMV range
 * bucket, the marketplace region, categories. Averages are not medians and GPM ranges are not one
 * GPM, so `avg_ec_video_play_cnt` and a two-ended `ec_video_gpm` give no figure. Anything in an
 * unexpected shape is left out.
 */

const WRAPPER_KEYS = new Set(['value', 'is_authorized', 'status']);

/** `{value: x}` (with the Affiliate Center's optional `is_authorized`/`status`) → x; anything else as is. */
export function unwrapped(value: unknown): unknown {
  if (isRecord(value) && 'value' in value && Object.keys(value).every((k) => WRAPPER_KEYS.has(k))) return value['value'];
  return value;
}

function get(entry: Record<string, unknown>, key: string): unknown {
  return unwrapped(entry[key]);
}

function money(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\d{1,18}(\.\d{1,6})?$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** A GPM as one figure: `{value}` money, or a range whose ends are equal; a real range gives none. */
function singleGpm(value: unknown): { gpm: number | null; symbol: string | null } {
  if (!isRecord(value)) return { gpm: null, symbol: null };
  const symbol = cappedText(nonEmptyText(value['symbol']), 8);
  const one = money(value['value']);
  if (one !== null) return { gpm: one, symbol };
  const low = money(value['minimal']);
  const high = money(value['maximum']);
  return { gpm: low !== null && low === high ? low : null, symbol };
}

const CURRENCY: Record<string, string> = { '₫': 'VND', '฿': 'THB', Rp: 'IDR', RM: 'MYR', '₱': 'PHP', '£': 'GBP', S$: 'SGD', '€': 'EUR', US$: 'USD', $: 'USD' };

function categoriesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, 50)
    .map((c) => cappedText(nonEmptyText(field(c, 'name')), 100))
    .filter((c): c is string => c !== null);
}

/** One marketplace entry; null without a valid handle. */
export function creatorOfMarketplaceEntry(entry: unknown, capturedAt: number): CreatorSnapshot | null {
  if (!isRecord(entry)) return null;
  const handle = normaliseHandle(get(entry, 'handle'));
  if (!handle) return null;
  const { gpm, symbol: gpmSymbol } = singleGpm(get(entry, 'ec_video_gpm'));
  const gmvText = nonEmptyText(get(entry, 'gmv_range'));
  const symbol = gpmSymbol ?? (gmvText ? (Object.keys(CURRENCY).find((s) => gmvText.includes(s)) ?? null) : null);
  const range = parseMoneyRange(gmvText, symbol);
  const categories = categoriesOf(get(entry, 'category'));
  const commerce: CommerceMetrics = {
    currency: symbol ? (CURRENCY[symbol] ?? symbol) : null,
    gmv: null,
    gmvLow: range?.low ?? null,
    gmvHigh: range?.high ?? null,
    unitsSold: nonNegativeInt(get(entry, 'units_sold')),
    gpm,
    medianViews: null,
    engagementRate: null,
    categories,
    audienceLocations: [],
    audienceAges: [],
    audienceGenders: [],
    videosLast30Days: nonNegativeInt(get(entry, 'video_publish_cnt_30d')),
  };
  const hasCommerce =
    commerce.unitsSold !== null || commerce.gpm !== null || commerce.videosLast30Days !== null || range !== null || categories.length > 0;
  const snapshot: CreatorSnapshot = {
    ...blankSnapshot(handle, 'marketplace-list', capturedAt, null),
    nickname: cappedText(nonEmptyText(get(entry, 'nickname')), MAX_NICKNAME),
    // The marketplace lists creators of one market: selection_region is theirs.
    region: cappedText(nonEmptyText(get(entry, 'selection_region')), 8),
    followers: exactCountOf(get(entry, 'follower_cnt')),
    commerce: hasCommerce ? commerce : null,
  };
  snapshot.provenance = provenanceOf(snapshot, 'marketplace-list');
  return snapshot;
}

/** The `creator_profile_list` of the body, its `data` envelope, either wrapped or not. */
export function marketplaceEntries(body: unknown): unknown[] {
  for (const holder of [body, field(body, 'data')]) {
    const list = unwrapped(field(holder, 'creator_profile_list'));
    if (Array.isArray(list)) return list.slice(0, MAX_LIST_ENTRIES * 2);
  }
  return [];
}
