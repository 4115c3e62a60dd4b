import { describe, expect, it } from 'vitest';
import { readUniversalData } from '../../../lib/readers/universal-data';
import { fixtureText } from '../../fixture-files';

const json = (name: string): unknown => JSON.parse(fixtureText(name));

describe('readUniversalData on real captures', () => {
  it.each([
    ['user-detail-scope-a-2026-09.json', 'a', 429_675, 14, 684_241, 6],
    ['user-detail-scope-khaby.lame-2026-09.json', 'khaby.lame', null, null, 2_680_875_280, null],
    ['user-detail-scope-nasa-2026-09.json', 'nasa', 1_785_290, 23, null, null],
    ['user-detail-scope-tiktok-2026-09.json', 'tiktok', 95_856_713, null, null, null],
    ['user-detail-scope-zachking-2026-09.json', 'zachking', null, null, 1_300_921_874, null],
  ])('%s', (file, handle, followers, following, likes, videos) => {
    const result = readUniversalData(json(file), 0, null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.snapshot;
    expect(s.handle).toBe(handle);
    if (followers !== null) expect(s.followers).toEqual({ value: followers, low: followers, high: followers, exact: true });
    if (following !== null) expect(s.following?.value).toBe(following);
    if (likes !== null) expect(s.likes?.value).toBe(likes);
    if (videos !== null) expect(s.videos?.value).toBe(videos);
  });

  it('reports a banned account as unavailable with its status code', () => {
    const result = readUniversalData(json('user-detail-scope-unavailable-statuscode-10221-2026-09.json'), 0, null);
    expect(result).toEqual({ ok: false, reason: 'account-unavailable', detail: 'statusCode 10221: user banned' });
  });
});
