import { describe, expect, it } from 'vitest';
import { pageTextKey, readProfilePage } from '../../../lib/readers/read-profile-page';
import { readVideoPage } from '../../../lib/readers/video-detail';
import { fixtureText } from '../../fixture-files';
import { parseHtml } from './html';

const html = (file: string): string => fixtureText(file);
const JELLY = 'profile-jelly.here10-2026-04-universal-data.html';
const ALCALDIA = 'profile-alcaldiasa-2026-05-universal-data.html';
const NOW = 1_700_000_000_000;

describe('readProfilePage on real pages parsed by happy-dom', () => {
  it('alcaldiasa: UDR counts win, grid from the DOM, verified and organisation', () => {
    const url = 'https://www.tiktok.com/@alcaldiasa';
    const r = readProfilePage(parseHtml(html(ALCALDIA), url), url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({
      handle: 'alcaldiasa', verified: true, isOrganization: true, language: 'es', region: null,
      followers: { value: 38_490, exact: true }, capturedAt: NOW, url,
    });
    expect(r.snapshot.recentVideos).toHaveLength(16);
    expect(r.snapshot.provenance).toMatchObject({ followers: 'universal-data', recentVideos: 'dom' });
  });

  it('mounirlelion (rendered DOM only): JSON-LD followers and likes are exact', () => {
    const url = 'https://www.tiktok.com/@mounirlelion';
    const r = readProfilePage(parseHtml(html('profile-mounirlelion-2026-04-saved-rendered-dom-fr.html'), url), url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.followers).toEqual({ value: 139_077, low: 139_077, high: 139_077, exact: true });
    expect(r.snapshot.likes).toEqual({ value: 1_036_430, low: 1_036_430, high: 1_036_430, exact: true });
    expect(r.snapshot.following).toEqual({ value: 9850, low: 9850, high: 9850, exact: true });
    expect(r.snapshot.source).toBe('json-ld');
  });

  it('dylanlemay 2023 page as parsed by happy-dom (which drops the scripts after an SVG <style>): 2023 DOM, where user-title is the handle, plus the JSON-LD Person', () => {
    const url = 'https://www.tiktok.com/@dylanlemay';
    const r = readProfilePage(parseHtml(html('profile-dylanlemay-2023-02-sigi-state.html'), url), url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ handle: 'dylanlemay', nickname: 'Dylan Lemay', verified: true, source: 'json-ld' });
    expect(r.snapshot.followers).toMatchObject({ value: 11_200_000, exact: false });
    expect(r.snapshot.likes).toMatchObject({ value: 587_500_000, exact: false });
    expect(r.snapshot.following).toEqual({ value: 1204, low: 1204, high: 1204, exact: true });
    expect(r.snapshot.provenance).toMatchObject({ nickname: 'json-ld', followers: 'dom', verified: 'dom' });
  });

  it('after in-app navigation the stale JSON is set aside and the DOM describes the URL’s creator', () => {
    // The alcaldiasa page as rendered, still carrying the JSON of the first profile loaded (jelly).
    const doc = parseHtml(html(ALCALDIA), 'https://www.tiktok.com/@alcaldiasa');
    const jellyJson = /<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>([\s\S]*?)<\/script>/.exec(html(JELLY))![1]!;
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent = jellyJson;
    const r = readProfilePage(doc, 'https://www.tiktok.com/@alcaldiasa', NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.handle).toBe('alcaldiasa');
    // Only what the page shows: 38.5K (not jelly's 3666), from the DOM.
    expect(r.snapshot.followers).toMatchObject({ value: 38_500, exact: false });
    expect(r.snapshot.followers!.low).toBeLessThanOrEqual(38_490);
    expect(r.snapshot.provenance['followers']).toBe('dom');
    expect(r.snapshot.language).toBeNull();
  });

  it('never pairs the new name with the previous creator’s counts (a mixed render mid-navigation)', () => {
    // In-app from @jelly.here10 to @beta: the page still holds jelly's record, and React has
    // already drawn beta's name but not yet beta's counts (3666 / 1255 / 272.6K are jelly's).
    // Before: followers 3666 were stored for @beta.
    const url = 'https://www.tiktok.com/@beta';
    const doc = parseHtml(html(JELLY), url);
    doc.querySelector('[data-e2e="user-subtitle"]')!.textContent = 'beta';
    doc.querySelector('[data-e2e="user-title"]')!.textContent = 'Beta';
    expect(readProfilePage(doc, url, NOW)).toEqual({ ok: false, reason: 'handle-mismatch', detail: 'page still shows the counts of @jelly.here10' });
    // Once beta's own counts are drawn, the page text is beta's.
    doc.querySelector('[data-e2e="followers-count"]')!.textContent = '111.1K';
    doc.querySelector('[data-e2e="following-count"]')!.textContent = '12';
    doc.querySelector('[data-e2e="likes-count"]')!.textContent = '2M';
    const r = readProfilePage(doc, url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ handle: 'beta', followers: { value: 111_100, exact: false } });
    expect(pageTextKey(r.snapshot)).not.toBeNull();
  });

  it('counts from the creator’s own record need no second read; counts from page text do', () => {
    const url = 'https://www.tiktok.com/@alcaldiasa';
    const r = readProfilePage(parseHtml(html(ALCALDIA), url), url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(pageTextKey(r.snapshot)).toBeNull();
  });

  it('with the page’s own user record (exact counts), the header is not read again: only the grid comes from the DOM', () => {
    // The real alcaldiasa page with a header that disagrees with its record: another creator's
    // name and a bio link. The record is what the page was drawn from; the grid is not in it.
    const url = 'https://www.tiktok.com/@alcaldiasa';
    const doc = parseHtml(html(ALCALDIA), url);
    doc.querySelector('[data-e2e="user-subtitle"]')!.textContent = 'someone_else';
    const link = doc.createElement('a');
    link.setAttribute('data-e2e', 'user-link');
    link.setAttribute('href', 'https://example.com/header-only');
    doc.body.append(link);
    const r = readProfilePage(doc, url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.bioLink).toBeNull();
    expect(r.snapshot.recentVideos).toHaveLength(16);
    expect(Object.entries(r.snapshot.provenance).filter(([, source]) => source === 'dom')).toEqual([['recentVideos', 'dom']]);
  });

  it('JSON and DOM both describing another creator → handle-mismatch', () => {
    const r = readProfilePage(parseHtml(html(JELLY)), 'https://www.tiktok.com/@someoneelse', NOW);
    expect(r).toEqual({ ok: false, reason: 'handle-mismatch', detail: 'page data is for @jelly.here10' });
  });

  it('a captcha page is blocked, not a creator with zero followers', () => {
    const doc = parseHtml('<html><head><title>Security Check</title></head><body><div id="captcha-verify-image"></div></body></html>');
    expect(readProfilePage(doc, 'https://www.tiktok.com/@nasa', NOW)).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('an empty shell answered with 200 has no creator data', () => {
    const doc = parseHtml('<html><head><title>TikTok - Make Your Day</title></head><body><div id="app"></div></body></html>');
    expect(readProfilePage(doc, 'https://www.tiktok.com/@nasa', NOW)).toEqual({ ok: false, reason: 'no-creator-data', detail: 'empty page shell' });
  });

  it('a banned account read from its page is unavailable', () => {
    const json = fixtureText('user-detail-scope-unavailable-statuscode-10221-2026-09.json');
    const doc = parseHtml(`<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script></body></html>`);
    expect(readProfilePage(doc, 'https://www.tiktok.com/@gone', NOW)).toEqual({
      ok: false, reason: 'account-unavailable', detail: 'statusCode 10221: user banned',
    });
  });
});

describe('readVideoPage', () => {
  const file = 'video-detail-w..corporation-7606836476323597588-2026-06-pt-BR.html';
  const url = 'https://www.tiktok.com/@w..corporation/video/7606836476323597588';

  it('reads the author and the one video', () => {
    const r = readVideoPage(parseHtml(html(file), url), url, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot).toMatchObject({ handle: 'w..corporation', followers: { value: 7602, exact: true }, source: 'video-detail' });
    expect(r.snapshot.recentVideos.map((v) => v.id)).toEqual(['7606836476323597588']);
  });

  it('refuses a page whose data is another author’s', () => {
    const r = readVideoPage(parseHtml(html(file)), 'https://www.tiktok.com/@other/video/7606836476323597588', NOW);
    expect(r).toMatchObject({ ok: false, reason: 'handle-mismatch' });
  });

  it('drops a stale video after in-app navigation to another of the author’s videos', () => {
    const r = readVideoPage(parseHtml(html(file)), 'https://www.tiktok.com/@w..corporation/video/7000000000000000000', NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.snapshot.recentVideos).toEqual([]);
    expect(r.snapshot.provenance['recentVideos']).toBeUndefined();
  });
});
