import { describe, expect, it } from 'vitest';
import { affiliateProfileCreatorIds } from '../../../lib/readers/response-identity';
import { fixtureText } from '../../fixture-files';

const capture = JSON.parse(fixtureText('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json')) as unknown;

describe('affiliateProfileCreatorIds (lib/readers/response-identity.ts)', () => {
  it('names the creator of a real marketplace profile response by its TikTok Shop id (the page URL\'s cid)', () => {
    expect(affiliateProfileCreatorIds(capture)).toEqual(['7495881263612856625']);
  });

  it('reads the id through the live response\'s value wrappers and its data envelope', () => {
    const live = { code: 0, data: { creator_profile: { creator_oecuid: { value: '1002', status: 0 }, handle: { value: 'beta', status: 0 } } } };
    expect(affiliateProfileCreatorIds(live)).toEqual(['1002']);
  });

  it('names nobody when the response carries no creator id (it then belongs to no page)', () => {
    expect(affiliateProfileCreatorIds({ data: { creator_profile: { handle: 'beta' } } })).toEqual([]);
    expect(affiliateProfileCreatorIds({ data: { creator_profile: { creator_oecuid: '1e3' } } })).toEqual([]);
    expect(affiliateProfileCreatorIds(null)).toEqual([]);
  });
});
