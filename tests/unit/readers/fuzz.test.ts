/* eslint-disable @typescript-eslint/no-explicit-any -- fuzzing walks arbitrary JSON shapes */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAffiliateProfile } from '../../../lib/readers/affiliate-profile';
import { readItemList } from '../../../lib/readers/item-list';
import { parseDisplayedCount } from '../../../lib/readers/localised-count';
import { readNextData } from '../../../lib/readers/next-data';
import { readProfilePage } from '../../../lib/readers/read-profile-page';
import { readSavedFile } from '../../../lib/readers/read-saved-file';
import { readSigiState } from '../../../lib/readers/sigi-state';
import { readUniversalData, readUserDetail } from '../../../lib/readers/universal-data';
import { readVideoDetail } from '../../../lib/readers/video-detail';
import { CreatorSnapshotSchema, type ReadResult } from '../../../lib/schemas/creator-snapshot';
import { fixtureText } from '../../fixture-files';
import { parseHtml } from './html';

/**
 * Property tests: whatever TikTok (or a proxy, or a corrupted file) sends, every reader returns a
 * typed result and never throws; a snapshot it returns always satisfies the schema (non-negative
 * counts, low ≤ value ≤ high, handle 1–64 chars, capped texts).
 */

const RUNS = { numRuns: 200, endOnFailure: true };
const json = (file: string): unknown => JSON.parse(fixtureText(file));
const script = (file: string, id: string): unknown =>
  JSON.parse(new RegExp(`<script[^>]*id="${id}"[^>]*>([\\s\\S]*?)</script>`).exec(fixtureText(file))![1]!);

const sigiFull = script('profile-dylanlemay-2023-02-sigi-state.html', 'SIGI_STATE') as Record<string, any>;
const sigiIds: string[] = sigiFull['ItemList']['user-post']['list'].slice(0, 3);
const SEEDS: Record<string, unknown> = {
  udr: json('user-detail-scope-zachking-2026-09.json'),
  apiUserDetail: json('api-user-detail-zg.520-2025-10.json'),
  itemList: json('api-item-list-zg.520-2025-10.json'),
  affiliate: json('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json'),
  nextData: json('next-data-trending-jp-2021-02.json'),
  videoDetail: {
    __DEFAULT_SCOPE__: {
      'webapp.video-detail': (script('video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html', '__UNIVERSAL_DATA_FOR_REHYDRATION__') as any)
        .__DEFAULT_SCOPE__['webapp.video-detail'],
    },
  },
  sigi: {
    UserModule: sigiFull['UserModule'],
    ItemModule: Object.fromEntries(sigiIds.map((id) => [id, sigiFull['ItemModule'][id]])),
    ItemList: { 'user-post': { list: sigiIds } },
  },
};

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], limit = 3_000): (string | number)[][] {
  if (out.length >= limit) return out;
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 20).forEach((v, i) => paths(v, [...prefix, i], out, limit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, limit);
  return out;
}
const PATHS = Object.fromEntries(Object.entries(SEEDS).map(([k, v]) => [k, paths(v)]));

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as any;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    node = node?.[key];
    if (node === null || typeof node !== 'object') return copy; // an earlier mutation removed this path
  }
  if (node !== null && typeof node === 'object') node[path.at(-1)!] = value;
  return copy;
}

const hostileText = fc.oneof(
  fc.constant('<img src=x onerror="alert(1)"><script>alert(2)</script>'),
  fc.constant('</script><script>alert(3)</script>'),
  fc.string({ maxLength: 50 }).map((s) => s.repeat(2_000)),
  fc.constant(`${'x'.repeat(1_000_000)}<b>`),
  fc.string(),
  fc.constant('-1614092016'),
  fc.constant('99999999999999999999999'),
  fc.constant('1e400'),
);
const deep = fc.integer({ min: 100, max: 400 }).map((n) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { value: v, is_authorized: true, status: 1 };
  return v;
});
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  hostileText,
  fc.double(),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 0, '', [], {}),
  deep,
);

function expectTyped(result: ReadResult): void {
  if (result.ok) {
    const parsed = CreatorSnapshotSchema.safeParse(result.snapshot);
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
    for (const c of [result.snapshot.followers, result.snapshot.following, result.snapshot.likes, result.snapshot.videos]) {
      if (c) expect(c.low <= c.value && c.value <= c.high && Number.isFinite(c.high)).toBe(true);
    }
    expect(result.snapshot.bio?.length ?? 0).toBeLessThanOrEqual(1_000);
    for (const v of result.snapshot.recentVideos) expect(v.caption?.length ?? 0).toBeLessThanOrEqual(2_200);
  } else {
    expect(['no-creator-data', 'blocked', 'account-unavailable', 'handle-mismatch', 'malformed', 'not-a-creator-page']).toContain(result.reason);
  }
}

/** JSON text of a test value; a value too deep to serialise becomes an empty file. */
function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

const READERS: [string, string, (j: unknown) => ReadResult][] = [
  ['readUniversalData', 'udr', (j) => readUniversalData(j, 0, null)],
  ['readUserDetail', 'apiUserDetail', (j) => readUserDetail((j as any)?.data ?? {}, 'api-user-detail', 0, null)],
  ['readSigiState', 'sigi', (j) => readSigiState(j, 0, 'https://www.tiktok.com/@dylanlemay')],
  ['readNextData', 'nextData', (j) => readNextData(j, 0, null)],
  ['readVideoDetail', 'videoDetail', (j) => readVideoDetail(j, 0, null)],
  ['readAffiliateProfile', 'affiliate', (j) => readAffiliateProfile(j, 0, null)],
  ['readSavedFile (item_list)', 'itemList', (j) => readSavedFile(stringify(j), { parseHtml, now: 0 })],
];

describe('readers on mutated real captures never throw and stay within the schema', () => {
  it.each(READERS)('%s', (_name, seed, reader) => {
    const seedPaths = PATHS[seed]!;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }), (mutations) => {
        let doc = SEEDS[seed];
        for (const [i, value] of mutations) doc = setAt(doc, seedPaths[i % seedPaths.length]!, value);
        expectTyped(reader(doc));
      }),
      { numRuns: 120, endOnFailure: true },
    );
  });

  it('readItemList on mutated bodies returns ok/false, never throws', () => {
    const seedPaths = PATHS['itemList']!;
    fc.assert(
      fc.property(fc.nat(), hostileValue, (i, value) => {
        const r = readItemList(setAt(SEEDS['itemList'], seedPaths[i % seedPaths.length]!, value));
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) for (const v of r.videos) expect([v.views, v.likes, v.comments].every((n) => n === null || (n >= 0 && Number.isSafeInteger(n)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('very deep nesting anywhere', () => {
    let deepValue: unknown = 1;
    for (let i = 0; i < 20_000; i++) deepValue = i % 2 ? [deepValue] : { value: deepValue, is_authorized: true, status: 1, data: deepValue };
    for (const [, seed, reader] of READERS) {
      for (const path of PATHS[seed]!.filter((_, i) => i % 100 === 0)) expectTyped(reader(setAt(SEEDS[seed], path, deepValue)));
      expectTyped(reader(deepValue));
    }
  });

  it('wrong types at the top level', () => {
    for (const value of [null, undefined, 0, 'x', [], {}, [[]], { __DEFAULT_SCOPE__: [] }, { props: 5 }, { data: { data: 'x' } }]) {
      for (const [, , reader] of READERS) expectTyped(reader(value));
      expect(typeof readItemList(value).ok).toBe('boolean');
    }
  });
});

describe('readSavedFile on truncated and garbled files', () => {
  const texts = [
    fixtureText('api-user-detail-zg.520-2025-10.json'),
    fixtureText('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json'),
    fixtureText('user-detail-scope-khaby.lame-2026-09.json'),
  ];
  it('any prefix, any splice', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(), fc.string({ maxLength: 20 }), (which, cut, splice) => {
        const text = texts[which]!;
        const at = cut % text.length;
        expectTyped(readSavedFile(text.slice(0, at) + splice, { parseHtml, now: 0 }));
      }),
      RUNS,
    );
  });

  it('deeply nested JSON and arbitrary strings', () => {
    expectTyped(readSavedFile('['.repeat(100_000) + ']'.repeat(100_000), { parseHtml, now: 0 }));
    expectTyped(readSavedFile(`{"data":${'{"value":'.repeat(5_000)}1${'}'.repeat(5_000)}}`, { parseHtml, now: 0 }));
    fc.assert(fc.property(fc.string(), (s) => expectTyped(readSavedFile(s, { parseHtml, now: 0 }))), RUNS);
  });
});

describe('DOM readers with hostile text', () => {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const page = (bio: string, nick: string, followers: string): string => `<html lang="en"><head><title>t</title></head><body>
    <h1 data-e2e="user-title">${escape(nick)}</h1><h2 data-e2e="user-subtitle">creator.one</h2>
    <strong data-e2e="followers-count" title="${escape(followers)}">${escape(followers)}</strong>
    <h2 data-e2e="user-bio">${escape(bio)}</h2></body></html>`;

  // Printable text (the HTML parser rewrites CR and NUL, as browsers do).
  // eslint-disable-next-line no-control-regex -- the point is to exclude control characters
  const printable = fc.string({ unit: 'grapheme', maxLength: 400 }).filter((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s));
  const markup = fc.constantFrom('<img src=x onerror="alert(1)">', '<script>alert(2)</script>', '</h2><h2 data-e2e="user-bio">spoof</h2>', '&amp; &lt;b&gt;');

  it('markup in every text field is returned as text, never rendered; counts parse or are null', () => {
    fc.assert(
      fc.property(fc.tuple(printable, markup, printable).map(([a, m, b]) => a + m + b), printable, fc.string({ maxLength: 12 }), (bio, nick, followers) => {
        const doc = parseHtml(page(bio, nick, followers));
        const r = readProfilePage(doc, 'https://www.tiktok.com/@creator.one', 0);
        expectTyped(r);
        expect(doc.querySelectorAll('img, script').length).toBe(0);
        if (!r.ok) throw new Error(`unreadable: ${r.reason}`);
        const expectedBio = bio.trim().slice(0, 1_000);
        expect(r.snapshot.bio).toBe(expectedBio === '' || /^no bio yet\.?$/i.test(expectedBio) ? null : expectedBio);
        const c = r.snapshot.followers;
        if (c) expect(c.low <= c.value && c.value <= c.high).toBe(true);
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('a literal <script> in a bio stays a string', () => {
    const bio = '<script>alert(1)</script> <b>best</b>';
    const r = readProfilePage(parseHtml(page(bio, 'Nick', '12.3K')), 'https://www.tiktok.com/@creator.one', 0);
    expect(r.ok && r.snapshot.bio).toBe(bio);
    expect(r.ok && r.snapshot.followers).toEqual({ value: 12_300, low: 12_250, high: 12_399, exact: false });
  });
});

describe('parseDisplayedCount on arbitrary input', () => {
  it('null or a consistent interval; exact only with low = high', () => {
    const countish = fc
      .tuple(fc.stringMatching(/^[0-9][0-9.,\u00a0\u202f ]{0,8}$/), fc.constantFrom('', 'K', 'k', 'M', 'B', '万', '億', 'rb', 'jt', 'N', 'Tr', 'ล้าน', ' x', '%'))
      .map(([n, s]) => n + s);
    fc.assert(
      fc.property(fc.oneof(fc.string(), countish), (s) => {
        const c = parseDisplayedCount(s);
        if (c === null) return;
        expect(Number.isFinite(c.value) && c.low >= 0 && c.low <= c.value && c.value <= c.high).toBe(true);
        if (c.exact) expect(c.low).toBe(c.high);
      }),
      { numRuns: 1_000, endOnFailure: true },
    );
  });
});
