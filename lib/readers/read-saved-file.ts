import type { CreatorSnapshot, ReadResult } from '../schemas/creator-snapshot';
import { readAffiliateProfile } from './affiliate-profile';
import { embeddedJsonInHtml, parseJson } from './embedded-json';
import { authorsOfItems, snapshotFromUserCard } from './feed-authors';
import { readItemList, snapshotFromItemList } from './item-list';
import { field, isRecord } from './json-values';
import { readNextData } from './next-data';
import { routeOf } from './profile-url';
import { readProfileDocument } from './read-profile-page';
import { countsOf, snapshotFromUser } from './user-fields';
import { readUniversalData, readUserDetail } from './universal-data';
import { readVideoDetail } from './video-detail';

/** What a saved file turned out to be. */
export type SavedFileKind =
  | 'profile-html'
  | 'video-html'
  | 'universal-data'
  | 'user-detail-scope'
  | 'api-user-detail'
  | 'api-item-list'
  | 'affiliate-profile'
  | 'next-data'
  | 'video-detail-json'
  | 'search-results'
  | 'user-list-entry'
  | 'user-list'
  | 'api-item'
  | 'unknown';

export type SavedFileRead = ReadResult & {
  kind: SavedFileKind;
  /** Creators seen in a file that shows many (search results, trending feeds). */
  others?: CreatorSnapshot[];
};

export interface SavedFileOptions {
  parseHtml: (html: string) => Document;
  now: number;
  url?: string | null;
}

const MAX_FILE = 30_000_000;

/**
 * Reads a file a merchant saved or exported: any era of TikTok profile / video page HTML, or a
 * JSON body (UDR dump, `webapp.user-detail` scope, `/api/user/detail/` possibly wrapped in
 * `{data}`, item_list, one item of it, Affiliate Center profile, `__NEXT_DATA__`, search results, a
 * `/api/user/list/` page (followers, following) or one entry of it). Detects which, reads every field it can, and never throws.
 */
export function readSavedFile(text: string, opts: SavedFileOptions): SavedFileRead {
  try {
    return read(text, opts);
  } catch (error) {
    return { ok: false, reason: 'malformed', kind: 'unknown', detail: `unreadable file (${String(error).slice(0, 120)})` };
  }
}

function read(text: string, opts: SavedFileOptions): SavedFileRead {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'malformed', kind: 'unknown', detail: 'empty file' };
  if (text.length > MAX_FILE) return { ok: false, reason: 'malformed', kind: 'unknown', detail: 'file too large' };
  const url = opts.url ?? null;
  const head = text.trimStart().slice(0, 1_000).toLowerCase();
  if (head.startsWith('<') || head.includes('<html') || head.includes('<!doctype')) return readHtml(text, opts, url);
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  if (json === undefined) return { ok: false, reason: 'malformed', kind: 'unknown', detail: 'neither HTML nor JSON' };
  return readJson(json, opts.now, url);
}

function readHtml(html: string, opts: SavedFileOptions, url: string | null): SavedFileRead {
  const universal = embeddedJsonInHtml(html, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const scope = field(universal, '__DEFAULT_SCOPE__');
  const isVideo =
    isRecord(field(scope, 'webapp.video-detail', 'itemInfo')) || isRecord(field(scope, 'webapp.reflow.video.detail', 'itemInfo'));
  const pageUrl = url ?? (isVideo ? canonicalOfScope(scope) : null);
  if (isVideo) {
    const result = readVideoDetail(universal, opts.now, pageUrl);
    const route = pageUrl ? routeOf(pageUrl) : null;
    if (result.ok && route && route.kind !== 'other' && route.handle !== result.snapshot.handle) {
      return { ok: false, reason: 'handle-mismatch', kind: 'video-html', detail: `page data is for @${result.snapshot.handle}` };
    }
    return { ...result, kind: 'video-html' };
  }
  let doc: Document;
  try {
    doc = opts.parseHtml(html);
  } catch {
    return { ok: false, reason: 'malformed', kind: 'profile-html', detail: 'HTML could not be parsed' };
  }
  const result = readProfileDocument(
    doc,
    { universal, sigi: embeddedJsonInHtml(html, 'SIGI_STATE'), next: embeddedJsonInHtml(html, '__NEXT_DATA__') },
    url,
    opts.now,
  );
  if (!result.ok && result.reason === 'no-creator-data' && isRecord(scope) && !isRecord(scope['webapp.user-detail'])) {
    return { ok: false, reason: 'not-a-creator-page', kind: 'profile-html', detail: `page data holds no creator (${Object.keys(scope).length} scopes)` };
  }
  return { ...result, kind: 'profile-html' };
}

/** The creators of a `/api/user/list/` page: each entry's `user` with its `statsV2`/`stats`. */
function usersOfList(entries: readonly unknown[], now: number): CreatorSnapshot[] {
  const seen = new Map<string, CreatorSnapshot>();
  for (const entry of entries.slice(0, 500)) {
    if (!isRecord(entry)) continue;
    const snapshot = snapshotFromUser(entry['user'], countsOf(entry['statsV2'], entry['stats']), 'api-user-list', now, null);
    if (snapshot && !seen.has(snapshot.handle)) seen.set(snapshot.handle, snapshot);
  }
  return [...seen.values()];
}

function canonicalOfScope(scope: unknown): string | null {
  const canonical = field(scope, 'seo.abtest', 'canonical');
  return typeof canonical === 'string' && canonical.length < 500 ? canonical : null;
}

function readJson(json: unknown, now: number, url: string | null): SavedFileRead {
  const scope = field(json, '__DEFAULT_SCOPE__');
  if (isRecord(scope)) {
    if (isRecord(scope['webapp.user-detail'])) {
      const trimmed = Object.keys(scope).length === 1;
      return { ...readUniversalData(json, now, url), kind: trimmed ? 'user-detail-scope' : 'universal-data' };
    }
    if (isRecord(scope['webapp.video-detail']) || isRecord(scope['webapp.reflow.video.detail'])) {
      return { ...readVideoDetail(json, now, url ?? canonicalOfScope(scope)), kind: 'video-detail-json' };
    }
    return { ok: false, reason: 'not-a-creator-page', kind: 'universal-data', detail: `page data holds no creator (${Object.keys(scope).length} scopes)` };
  }
  if (isRecord(field(json, 'webapp.user-detail'))) return { ...readUniversalData(json, now, url), kind: 'user-detail-scope' };

  const body = isRecord(json) && isRecord(json['data']) && !('userInfo' in json) && !('itemList' in json) ? json['data'] : json;
  if (isRecord(body) && ('userInfo' in body || ('statusCode' in body && 'shareMeta' in body))) {
    return { ...readUserDetail(body, 'api-user-detail', now, url), kind: 'api-user-detail' };
  }
  if (isRecord(body) && Array.isArray(body['itemList'])) {
    const list = readItemList(body);
    if (!list.ok) return { ...list, kind: 'api-item-list' };
    const snapshot = snapshotFromItemList(list, now, url);
    return snapshot
      ? { ok: true, snapshot, kind: 'api-item-list' }
      : { ok: false, reason: 'no-creator-data', kind: 'api-item-list', detail: 'items name no author' };
  }
  if (isRecord(body) && Array.isArray(body['userList'])) {
    const others = usersOfList(body['userList'], now);
    return { ok: false, reason: 'not-a-creator-page', kind: 'user-list', detail: `user list with ${others.length} creators`, others };
  }
  if (isRecord(json) && isRecord(json['author']) && typeof json['id'] === 'string' && ('authorStats' in json || 'authorStatsV2' in json)) {
    const list = readItemList({ itemList: [json] });
    if (!list.ok) return { ...list, kind: 'api-item' };
    const snapshot = snapshotFromItemList(list, now, url);
    return snapshot
      ? { ok: true, snapshot, kind: 'api-item' }
      : { ok: false, reason: 'no-creator-data', kind: 'api-item', detail: 'item names no author' };
  }
  if (isRecord(body) && isRecord(body['itemInfo'])) return { ...readVideoDetail(body, now, url), kind: 'video-detail-json' };

  const affiliate = readAffiliateProfile(json, now, url);
  if (affiliate.ok || affiliate.detail !== 'no creator_profile') return { ...affiliate, kind: 'affiliate-profile' };

  if (isRecord(field(json, 'props', 'pageProps'))) {
    const result = readNextData(json, now, url);
    const items = field(json, 'props', 'pageProps', 'items');
    if (!result.ok && result.reason === 'not-a-creator-page' && Array.isArray(items)) {
      return { ...result, kind: 'next-data', others: authorsOfItems(items, 'next-data', now) };
    }
    return { ...result, kind: 'next-data' };
  }

  const results = field(body, 'data');
  if (Array.isArray(results) && results.some((r) => isRecord(field(r, 'item')) || Array.isArray(field(r, 'user_list')))) {
    const others = authorsOfItems(results.map((r) => field(r, 'item')), 'search-result', now);
    for (const r of results.slice(0, 100)) {
      const cards = field(r, 'user_list');
      if (!Array.isArray(cards)) continue;
      for (const card of cards.slice(0, 50)) {
        const snapshot = snapshotFromUserCard(card, now);
        if (snapshot && !others.some((o) => o.handle === snapshot.handle)) others.push(snapshot);
      }
    }
    return { ok: false, reason: 'not-a-creator-page', kind: 'search-results', detail: `search results with ${others.length} creators`, others };
  }

  if (isRecord(json) && isRecord(json['user']) && (isRecord(json['stats']) || isRecord(json['statsV2']))) {
    const snapshot = snapshotFromUser(json['user'], countsOf(json['statsV2'], json['stats']), 'api-user-list', now, url);
    return snapshot
      ? { ok: true, snapshot, kind: 'user-list-entry' }
      : { ok: false, reason: 'no-creator-data', kind: 'user-list-entry', detail: 'entry without a handle' };
  }
  return { ok: false, reason: 'no-creator-data', kind: 'unknown', detail: 'no known TikTok shape' };
}
