import type { CreatorSnapshot, ReadResult, ReadSource, RecentVideo } from '../schemas/creator-snapshot';
import { readDomGrid } from './dom-grid';
import { readDomProfile, canonicalHandle } from './dom-profile';
import { embeddedJson, universalDataScopes } from './embedded-json';
import { readJsonLd } from './json-ld';
import { mergeSnapshots } from './merge-snapshot';
import { readNextData } from './next-data';
import { blockedReason } from './page-state';
import { routeOf } from './profile-url';
import { blankSnapshot } from './user-fields';
import { readSigiState } from './sigi-state';
import { readUniversalData } from './universal-data';

export { embeddedJson } from './embedded-json';

/** The sources of a profile page, most trusted first. */
export interface ProfilePageSources {
  universal: unknown;
  sigi: unknown;
  next: unknown;
}

/**
 * Reads the creator of a profile page from what the page already holds, merging by priority:
 * `__UNIVERSAL_DATA_FOR_REHYDRATION__`, `SIGI_STATE`, `__NEXT_DATA__`, JSON-LD, then the rendered
 * DOM (provenance kept per field). The embedded JSON keeps describing the first profile loaded
 * after an in-app navigation, so JSON whose uniqueId is not the URL's handle is set aside and the
 * page falls back to the DOM / JSON-LD for the URL's handle, or reports `handle-mismatch`.
 */
export function readProfilePage(doc: Document, url: string, now: number): ReadResult {
  return readProfileDocument(
    doc,
    {
      universal: universalDataScopes(doc, ['webapp.user-detail']),
      sigi: embeddedJson(doc, 'SIGI_STATE'),
      next: embeddedJson(doc, '__NEXT_DATA__'),
    },
    url,
    now,
  );
}

/** As readProfilePage, with the embedded JSON already extracted (saved files read it from text). */
export function readProfileDocument(
  doc: Document,
  sources: ProfilePageSources,
  url: string | null,
  now: number,
): ReadResult {
  const route = url ? routeOf(url) : { kind: 'other' as const };
  const expected = route.kind === 'profile' ? route.handle : (route.kind === 'video' ? route.handle : null) ?? null;
  const parts: CreatorSnapshot[] = [];
  const others = new Set<string>();
  /** Records of other creators the page still holds (the first profile loaded, after in-app navigation). */
  const otherRecords: CreatorSnapshot[] = [];
  let unavailable: ReadResult | null = null;

  const consider = (result: ReadResult): void => {
    if (result.ok) {
      if (!expected || result.snapshot.handle === expected) parts.push(result.snapshot);
      else {
        others.add(result.snapshot.handle);
        otherRecords.push(result.snapshot);
      }
    } else if (result.reason === 'account-unavailable') unavailable ??= result;
    else if (result.reason === 'handle-mismatch' && result.detail) others.add(result.detail.replace(/^.*@/, ''));
  };
  if (sources.universal !== undefined) consider(readUniversalData(sources.universal, now, url));
  if (sources.sigi !== undefined) consider(readSigiState(sources.sigi, now, url));
  if (sources.next !== undefined) consider(readNextData(sources.next, now, url));

  // Without a URL, the page's own canonical link / JSON says whose page it is.
  const owner = expected ?? parts[0]?.handle ?? canonicalHandle(doc);
  const jsonLd = readJsonLd(doc, now, url);
  if (jsonLd) {
    if (!owner || jsonLd.handle === owner) parts.push(jsonLd);
    else others.add(jsonLd.handle);
  }
  // The rendered header (name, bio, link, badge, counts) is drawn from the page's own user record:
  // when that record is here for this creator with exact counts (a rounded count can still be
  // narrowed, or made exact, by the header's title), the DOM adds only the video grid.
  const record = parts.find((p) => USER_RECORDS.has(p.source));
  const dom = record && [record.followers, record.following, record.likes].every((c) => c?.exact)
    ? domVideos(record.handle, readDomGrid(doc, record.handle), now, url)
    : readDomProfile(doc, owner ?? jsonLd?.handle ?? null, now, url);
  // Mid-navigation the header can show the new name over the previous creator's counts (React
  // updates them in separate commits): counts that are another creator's record are a mixed read,
  // never this creator's figures.
  const mixedWith = dom && !record ? otherRecords.find((other) => sameCounts(other, dom)) : undefined;
  if (mixedWith) return { ok: false, reason: 'handle-mismatch', detail: `page still shows the counts of @${mixedWith.handle}` };
  if (dom) parts.push(dom);

  const merged = mergeSnapshots(parts);
  if (merged) return { ok: true, snapshot: merged };
  if (unavailable) return unavailable;
  if (others.size > 0) return { ok: false, reason: 'handle-mismatch', detail: `page data is for @${[...others][0]}` };
  const blocked = blockedReason(doc);
  if (blocked) return { ok: false, reason: 'blocked', detail: blocked };
  return emptyShell(doc) ? { ok: false, reason: 'no-creator-data', detail: 'empty page shell' } : { ok: false, reason: 'no-creator-data' };
}

/**
 * Whether the page text's counts are those of another creator's record: every count both have
 * agrees (the record's exact figure within the shown, maybe rounded, range), and at least two do.
 */
function sameCounts(record: CreatorSnapshot, shown: CreatorSnapshot): boolean {
  const pairs = (['followers', 'following', 'likes'] as const)
    .map((key) => [record[key], shown[key]] as const)
    .filter(([a, b]) => a !== null && b !== null);
  return pairs.length >= 2 && pairs.every(([a, b]) => a!.value >= b!.low && a!.value <= b!.high);
}

/**
 * What must hold still between two reads before the page text is believed: the identity and counts
 * the rendered header shows. Null when the counts come from the creator's own record (one render
 * of one record: nothing to confirm).
 */
export function pageTextKey(snapshot: CreatorSnapshot): string | null {
  const fromText = (['followers', 'following', 'likes'] as const).some((key) => snapshot.provenance[key] === 'dom');
  if (!fromText) return null;
  const count = (c: CreatorSnapshot['followers']) => (c ? `${c.low}-${c.high}` : '');
  return [snapshot.handle, snapshot.nickname ?? '', count(snapshot.followers), count(snapshot.following), count(snapshot.likes)].join('\u0000');
}

/** Sources that carry the creator's whole user record (identity, bio, link, badge, exact counts). */
const USER_RECORDS: ReadonlySet<ReadSource> = new Set(['universal-data', 'sigi-state', 'next-data']);

/** The grid's videos (each linking to `handle`'s own videos) as a DOM snapshot with no other field. */
function domVideos(handle: string, recentVideos: RecentVideo[], capturedAt: number, url: string | null): CreatorSnapshot | null {
  if (recentVideos.length === 0) return null;
  return { ...blankSnapshot(handle, 'dom', capturedAt, url), recentVideos, provenance: { recentVideos: 'dom' } };
}

function emptyShell(doc: Document): boolean {
  return (doc.body?.textContent ?? '').trim().length < 200;
}
