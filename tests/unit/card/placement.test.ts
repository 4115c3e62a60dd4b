import { describe, expect, it } from 'vitest';
import { collapsedOn, DEFAULT_CARD_PLACEMENT, readCardPlacement, withCollapsed, withPosition, withStartCollapsed } from '../../../lib/card/placement';

const TIKTOK = 'www.tiktok.com';
const AFFILIATE = 'affiliate.tiktok.com';

describe('how the merchant left the card (lib/card/placement.ts)', () => {
  it('opens expanded until the merchant says otherwise, or as a pill when they prefer it', () => {
    expect(collapsedOn(DEFAULT_CARD_PLACEMENT, TIKTOK)).toBe(false);
    expect(collapsedOn(withStartCollapsed(DEFAULT_CARD_PLACEMENT, true), TIKTOK)).toBe(true);
  });

  it('remembers collapsed per site, and the last choice for a site not seen yet', () => {
    const p = withCollapsed(DEFAULT_CARD_PLACEMENT, TIKTOK, true);
    expect(collapsedOn(p, TIKTOK)).toBe(true);
    expect(collapsedOn(p, AFFILIATE)).toBe(true);
    const q = withCollapsed(p, AFFILIATE, false);
    expect(collapsedOn(q, AFFILIATE)).toBe(false);
    expect(collapsedOn(q, TIKTOK)).toBe(true);
  });

  it('lets a changed preference apply everywhere again, keeping dragged positions', () => {
    const p = withPosition(withCollapsed(DEFAULT_CARD_PLACEMENT, TIKTOK, false), TIKTOK, { top: 90, right: 20 });
    const q = withStartCollapsed(p, true);
    expect(collapsedOn(q, TIKTOK)).toBe(true);
    expect(q.sites[TIKTOK]?.position).toEqual({ top: 90, right: 20 });
    expect(withPosition(q, TIKTOK, null).sites[TIKTOK]?.position).toBeUndefined();
  });

  it('survives a round trip through storage and drops what has the wrong shape', () => {
    const p = withPosition(withCollapsed(DEFAULT_CARD_PLACEMENT, TIKTOK, true), TIKTOK, { top: 90, right: 20 });
    expect(readCardPlacement(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(readCardPlacement(undefined)).toEqual(DEFAULT_CARD_PLACEMENT);
    expect(readCardPlacement('collapsed')).toEqual(DEFAULT_CARD_PLACEMENT);
    expect(
      readCardPlacement({
        startCollapsed: 'yes',
        collapsed: 1,
        sites: { [TIKTOK]: { collapsed: 'no', position: { top: -5, right: 10 } }, 'not a host!': { collapsed: true }, [AFFILIATE]: { position: { top: 10, right: Infinity } } },
      }),
    ).toEqual({ startCollapsed: false, collapsed: null, sites: { [TIKTOK]: {}, [AFFILIATE]: {} } });
  });
});
