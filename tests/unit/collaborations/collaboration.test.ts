import { describe, expect, it } from 'vitest';
import {
  CollaborationResultSchema,
  CollaborationSchema,
  CollaborationStatusSchema,
  ContentLinkSchema,
  newCollaboration,
  PIPELINE,
} from '../../../lib/collaborations/collaboration';
import { collaboration, result } from './factories';

describe('collaboration record', () => {
  it('a new collaboration is invited now, with the draft threshold and N = 2 by default', () => {
    const c = newCollaboration({ id: 'c9', creatorHandle: 'bob', draftId: 'd1', roiThreshold: 2, now: 1_000 });
    expect(c.status).toBe('invited');
    expect(c.dates.invitedAt).toBe(1_000);
    expect(c.dates.publishedAt).toBeNull();
    expect(c.stopLoss).toEqual({ roiThreshold: 2, consecutiveCount: 2 });
    expect(c.draftId).toBe('d1');
    expect(c.invitationId).toBeNull();
  });

  it('fills consecutiveCount = 2 when a stored record lacks it', () => {
    const raw = { ...collaboration(), stopLoss: { roiThreshold: 1 } };
    expect(CollaborationSchema.parse(raw).stopLoss.consecutiveCount).toBe(2);
  });

  it.each([
    ['https://www.tiktok.com/@alice/video/7300000000000000000', true],
    ['https://vt.tiktok.com/ZS123/', true],
    ['http://www.tiktok.com/@alice/video/1', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['www.tiktok.com/@alice', false],
    ['', false],
  ])('content link %s accepted: %s', (link, ok) => {
    expect(ContentLinkSchema.safeParse(link).success).toBe(ok);
    expect(CollaborationSchema.safeParse({ ...collaboration(), contentLinks: [link] }).success).toBe(ok);
  });

  it.each([
    ['negative GMV', { gmv: -1 }],
    ['fractional views', { views: 1.5 }],
    ['infinite GMV', { gmv: Infinity }],
    ['NaN refunds', { refunds: NaN }],
    ['lower-case currency', { currency: 'usd' }],
    ['unknown kind', { kind: 'story' }],
    ['empty id', { id: '' }],
  ])('rejects a result with %s', (_label, patch) => {
    expect(CollaborationResultSchema.safeParse({ ...result(), ...patch }).success).toBe(false);
  });

  it.each([
    ['extension of 3 days', { sampleExtensionDays: 3 }],
    ['N = 0', { stopLoss: { roiThreshold: 1, consecutiveCount: 0 } }],
    ['negative threshold', { stopLoss: { roiThreshold: -1, consecutiveCount: 2 } }],
    ['unknown status', { status: 'paused' }],
    ['empty handle', { creatorHandle: '' }],
  ])('rejects a collaboration with %s', (_label, patch) => {
    expect(CollaborationSchema.safeParse({ ...collaboration(), ...patch }).success).toBe(false);
  });

  it('the pipeline lists every status but the two ways out, in order', () => {
    expect([...PIPELINE, 'terminated', 'cancelled']).toEqual(CollaborationStatusSchema.options);
  });

  it('keeps nulls for figures that were not entered', () => {
    const parsed = CollaborationResultSchema.parse(result({ views: null, gmv: null, refunds: null, cost: null }));
    expect(parsed).toMatchObject({ views: null, gmv: null, refunds: null, costs: { fee: null } });
  });
});
