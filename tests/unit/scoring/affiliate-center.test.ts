import { describe, expect, it } from 'vitest';
import { readAffiliateProfile } from '../../../lib/readers/affiliate-profile';
import { DEFAULT_SETTINGS } from '../../../lib/schemas/settings';
import { assess } from '../../../lib/scoring/assess';
import { fixtureText } from '../../fixture-files';

describe('assessing an Affiliate Center creator page (no video list)', () => {
  const json: unknown = JSON.parse(fixtureText('affiliate-creator-profile-emthuythuyyy-vn-2025-02.json'));
  const read = readAffiliateProfile(json, Date.UTC(2025, 1, 28), null);
  if (!read.ok) throw new Error('the capture must be readable');
  const assessment = assess([read.snapshot], DEFAULT_SETTINGS, Date.UTC(2025, 1, 28));

  it('judges the creator from the median views and engagement the page states', () => {
    expect(assessment.status).toBe('ok');
    expect(assessment.confidence).toBe('commerce');
    const figure = (id: string) => assessment.figures.find((f) => f.id === id);
    // 2,212 median views ÷ 124,062 followers, both from the capture
    expect(figure('viewRate')?.value).toBeCloseTo(2212 / 124_062, 4);
    // video_engagement 239 = 2.39 %
    expect(figure('engagementPerView')?.value).toBeCloseTo(0.0239, 4);
  });

  it('asks for refunds before trusting GMV (P10)', () => {
    expect(assessment.flags.find((f) => f.id === 'gmv-without-refunds')?.pitfall).toBe('P10');
  });

  it('does not invent a median when the page states none', () => {
    const { commerce, ...rest } = read.snapshot;
    const bare = assess([{ ...rest, commerce: commerce && { ...commerce, medianViews: null, engagementRate: null } }], DEFAULT_SETTINGS, 0);
    expect(bare.figures.find((f) => f.id === 'engagementPerView')).toBeUndefined();
  });
});
