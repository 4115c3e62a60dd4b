import type { CommerceMetrics, CreatorSnapshot, ReadResult } from '../schemas/creator-snapshot';
import { cappedText, exactCountOf, field, isRecord, nonEmptyText, nonNegativeInt } from './json-values';
import { parseDisplayedCount } from './localised-count';
import { blankSnapshot, MAX_BIO, MAX_NICKNAME, normaliseHandle, provenanceOf } from './user-fields';

/**
 * Reads TikTok Shop Affiliate Center's creator profile
 * (`/api/v1/oec/affiliate/creator/marketplace/profile`): followers, handle, nickname, bio, the
 * marketplace region, and commerce metrics (GMV with its range bucket, units sold, GPM, median
 * views, engagement, categories, follower locations/ages/genders, brands, products).
 * Real responses wrap values as `{value, is_authorized, status}`; those wrappers are unwrapped
 * recursively, so the already-unwrapped capture reads the same. Absent metrics stay null.
 */

const MAX_DEPTH = 40;
const WRAPPER_KEYS = new Set(['value', 'is_authorized', 'status', 'code', 'message']);

/**
 * Replaces every `{value, is_authorized?, status?}` wrapper by its value. Depth and the number of
 * nodes visited are bounded (a profile has a few thousand), so hostile input cannot stall it.
 */
export function unwrapAffiliateValues(json: unknown): unknown {
  const budget = { nodes: MAX_NODES };
  return unwrap(json, 0, budget);
}

const MAX_NODES = 200_000;

function unwrap(json: unknown, depth: number, budget: { nodes: number }): unknown {
  if (depth > MAX_DEPTH || --budget.nodes < 0) return undefined;
  if (Array.isArray(json)) return json.slice(0, 1_000).map((v) => unwrap(v, depth + 1, budget));
  if (!isRecord(json)) return json;
  const keys = Object.keys(json);
  if ('value' in json && ('is_authorized' in json || 'status' in json) && keys.every((k) => WRAPPER_KEYS.has(k))) {
    return unwrap(json['value'], depth + 1, budget);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys.slice(0, 2_000)) out[key] = unwrap(json[key], depth + 1, budget);
  return out;
}

/** The `creator_profile` object, wherever the body (array, `data`, `profiles`) puts it. */
function findProfile(json: unknown): { profile: Record<string, unknown>; outer: unknown } | null {
  const candidates: unknown[] = [json];
  for (let i = 0; i < candidates.length && i < 50; i++) {
    const node = candidates[i];
    if (Array.isArray(node)) {
      candidates.push(...node.slice(0, 5));
      continue;
    }
    if (!isRecord(node)) continue;
    const profile = field(node, 'creator_profile');
    if (isRecord(profile)) return { profile, outer: node };
    for (const key of ['data', 'profiles', 'creator']) if (key in node) candidates.push(node[key]);
  }
  return null;
}

/** "₫" → "VND" where the symbol is unambiguous; otherwise the symbol as shown. */
const CURRENCY: Record<string, string> = {
  '₫': 'VND',
  '฿': 'THB',
  Rp: 'IDR',
  RM: 'MYR',
  '₱': 'PHP',
  '£': 'GBP',
  S$: 'SGD',
  '€': 'EUR',
  '¥': 'JPY',
  US$: 'USD',
};

function money(value: unknown): number | null {
  const v = typeof value === 'string' ? value.trim() : value;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v !== 'string' || !/^\d{1,18}(\.\d{1,6})?$/.test(v)) return null;
  return Number(v);
}

/** A range bucket as shown ("0₫-127.8K₫", "1M₫+", "89.3K₫ - 602.0K₫") → bounds without currency. */
export function parseMoneyRange(value: unknown, symbol: string | null): { low: number | null; high: number | null } | null {
  const raw = nonEmptyText(value);
  if (!raw || raw.length > 80) return null;
  const stripped = (symbol ? raw.split(symbol).join('') : raw).replace(/[^\d.,KkMmBb+\-–\s]/g, '').trim();
  const plus = /^(.+?)\s*\+$/.exec(stripped);
  if (plus) {
    const low = parseDisplayedCount(plus[1]!.trim());
    return low ? { low: low.value, high: null } : null;
  }
  const parts = stripped.split(/\s*[-–]\s*/);
  if (parts.length !== 2) return null;
  const low = parseDisplayedCount(parts[0]!.trim());
  const high = parseDisplayedCount(parts[1]!.trim());
  return low && high ? { low: low.value, high: high.value } : null;
}

function share(value: unknown): number | null {
  const n = money(value);
  return n !== null && n <= 1 ? n : null;
}

function keyedList(value: unknown, nameKey = 'key'): { key: string; value: unknown }[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, 100)
    .map((entry) => ({ key: cappedText(nonEmptyText(field(entry, nameKey)) ?? nonEmptyText(field(entry, 'key')), 100), value: field(entry, 'value') }))
    .filter((e): e is { key: string; value: unknown } => e.key !== null);
}

/**
 * Audience entries: the capture gives follower locations as counts ("2450"), ages/genders may come
 * as fractions. Counts are kept and turned into shares of the listed total (documented, not a
 * share of all followers).
 */
function audience(value: unknown): { key: string; share: number; count?: number | null }[] {
  const entries = keyedList(value);
  const fractions = entries.map((e) => share(e.value));
  if (entries.length > 0 && fractions.every((f) => f !== null)) {
    return entries.map((e, i) => ({ key: e.key, share: fractions[i]! }));
  }
  const counts = entries.map((e) => nonNegativeInt(e.value));
  const total = counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  if (total === 0) return [];
  return entries.flatMap((e, i) => (counts[i] === null ? [] : [{ key: e.key, share: counts[i]! / total, count: counts[i]! }]));
}

export function readAffiliateProfile(json: unknown, capturedAt: number, url: string | null): ReadResult {
  const found = findProfile(unwrapAffiliateValues(json));
  if (!found) return { ok: false, reason: 'no-creator-data', detail: 'no creator_profile' };
  const { profile: p, outer } = found;
  const handle = normaliseHandle(p['handle']) ?? normaliseHandle(field(outer, 'uniqueId'));
  if (!handle) return { ok: false, reason: 'no-creator-data', detail: 'creator_profile without handle' };

  const profileLink = profileDeepLink(p['qr_code_schema']);
  const symbol =
    nonEmptyText(field(p, 'med_gmv_revenue', 'symbol')) ??
    nonEmptyText(field(p, 'gpm', 'symbol')) ??
    nonEmptyText(field(p, 'video_gmv', 'symbol'));
  const gmvRange = parseMoneyRange(p['med_gmv_revenue_range'], symbol);
  const engagement = nonNegativeInt(p['video_engagement']);
  const ecEngagement = nonNegativeInt(p['ec_video_engagement']);
  const commission = nonNegativeInt(p['med_commission_rate']);
  const categories = Array.isArray(p['category'])
    ? p['category'].slice(0, 50).map((c) => cappedText(nonEmptyText(field(c, 'name')), 100)).filter((c): c is string => c !== null)
    : [];
  const commerce: CommerceMetrics = {
    currency: symbol ? (CURRENCY[symbol] ?? cappedText(symbol, 8)) : null,
    gmv: money(field(p, 'med_gmv_revenue', 'value')),
    gmvLow: gmvRange?.low ?? null,
    gmvHigh: gmvRange?.high ?? null,
    unitsSold: nonNegativeInt(p['units_sold']),
    gpm: money(field(p, 'gpm', 'value')),
    medianViews: nonNegativeInt(p['video_med_view_cnt']) ?? nonNegativeInt(p['video_play_cnt_med']),
    // TikTok gives rates in hundredths of a percent (239 = 2.39%); stored as a fraction.
    engagementRate: engagement === null ? null : engagement / 10_000,
    categories,
    audienceLocations: audience(p['follower_state_location']),
    audienceAges: audience(p['follower_ages_v2'] ?? p['follower_ages']),
    audienceGenders: audience(p['follower_genders_v2'] ?? p['follower_genders']),
    collaboratedBrands: nonNegativeInt(p['collaborated_brands_num']),
    promotedProducts: nonNegativeInt(p['promoted_product_num']),
    medianCommissionRate: commission === null ? null : commission / 10_000,
    videosLast30Days: nonNegativeInt(p['video_publish_cnt_30d']),
    medianLikes: nonNegativeInt(p['video_med_like_cnt']),
    medianComments: nonNegativeInt(p['video_med_comment_cnt']),
    ecommerceMedianViews: nonNegativeInt(p['ec_video_med_view_cnt']) ?? nonNegativeInt(p['ec_video_play_cnt_med']),
    ecommerceEngagementRate: ecEngagement === null ? null : ecEngagement / 10_000,
    followerTrend: followerTrend(p['follower_trend'] ?? p['follower_cnt_trend']),
    liveStreamsLast30Days: nonNegativeInt(p['live_streaming_cnt_30d']),
  };

  const snapshot: CreatorSnapshot = {
    ...blankSnapshot(handle, 'affiliate-profile', capturedAt, url),
    // creator_oecuid is TikTok Shop's creator id, not the TikTok user id; the profile QR code's
    // deep link (aweme://user/profile/<uid>?sec_uid=…) carries the real ones.
    userId: profileLink?.userId ?? null,
    secUid: profileLink?.secUid ?? null,
    nickname: cappedText(nonEmptyText(p['nickname']) ?? nonEmptyText(field(outer, 'nickname')), MAX_NICKNAME),
    bio: cappedText(p['bio'], MAX_BIO),
    bioLink: cappedText(nonEmptyText(p['bio_url']), 2_048),
    // The Affiliate Center lists creators of one marketplace: selection_region is theirs.
    region: cappedText(nonEmptyText(p['selection_region']), 8),
    followers: exactCountOf(p['follower_cnt']),
    commerce,
  };
  snapshot.provenance = provenanceOf(snapshot, 'affiliate-profile');
  return { ok: true, snapshot };
}

/**
 * The daily follower trend: `[{date | timestamp, value | follower_cnt}]`, dates as epoch seconds,
 * epoch ms or "YYYY-MM-DD". Entries that do not read are left out; at most 400 days, oldest first.
 */
export function followerTrend(value: unknown): { at: number; followers: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { at: number; followers: number }[] = [];
  for (const entry of value.slice(0, 400)) {
    const followers = nonNegativeInt(field(entry, 'value') ?? field(entry, 'follower_cnt'));
    const at = trendDate(field(entry, 'date') ?? field(entry, 'timestamp'));
    if (followers !== null && at !== null) out.push({ at, followers });
  }
  return out.sort((a, b) => a.at - b.at);
}

function trendDate(value: unknown): number | null {
  const text = nonEmptyText(value);
  if (text && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const at = Date.parse(`${text}T00:00:00Z`);
    return Number.isFinite(at) ? at : null;
  }
  const n = nonNegativeInt(value);
  if (n === null || n === 0) return null;
  return n < 1e11 ? n * 1000 : n;
}

/** `aweme://user/profile/7402753618010866693?sec_uid=MS4w…` → the TikTok user id and secUid. */
function profileDeepLink(value: unknown): { userId: string; secUid: string | null } | null {
  const link = nonEmptyText(value);
  if (!link || link.length > 1_000) return null;
  const match = /^(?:aweme|snssdk\d+|tiktok):\/\/user\/profile\/(\d{1,25})(?:\?(.*))?$/.exec(link);
  if (!match) return null;
  const secUid = /(?:^|&)sec_uid=([A-Za-z0-9_\-.]{10,200})(?:&|$)/.exec(match[2] ?? '')?.[1] ?? null;
  return { userId: match[1]!, secUid };
}
