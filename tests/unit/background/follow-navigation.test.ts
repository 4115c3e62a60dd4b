import { describe, expect, it, vi } from 'vitest';
import { createNavigationFollower } from '../../../lib/background/follow-navigation';

function follower(loaded: boolean) {
  const deps = { overlayLoaded: vi.fn(async () => loaded), injectOverlay: vi.fn(async () => undefined) };
  return { deps, onUrl: createNavigationFollower(deps) };
}

describe('following in-app navigations from the background', () => {
  it('loads the overlay when a tab moves to a creator or video page without it', async () => {
    const { deps, onUrl } = follower(false);
    await onUrl(3, 'https://www.tiktok.com/@jelly.here10');
    await onUrl(3, 'https://www.tiktok.com/@w..corporation/video/7606836476323597588');
    expect(deps.injectOverlay.mock.calls).toEqual([[3], [3]]);
  });

  it('does nothing when the overlay is already in the page', async () => {
    const { deps, onUrl } = follower(true);
    await onUrl(3, 'https://www.tiktok.com/@jelly.here10');
    expect(deps.overlayLoaded).toHaveBeenCalledWith(3);
    expect(deps.injectOverlay).not.toHaveBeenCalled();
  });

  it.each([
    ['the feed', 'https://www.tiktok.com/foryou'],
    ['explore', 'https://www.tiktok.com/explore'],
    ['no URL change', undefined],
    ['another site', 'https://example.com/@jelly.here10'],
    ['http', 'http://www.tiktok.com/@jelly.here10'],
    ['the Affiliate Center', 'https://affiliate.tiktok.com/@jelly.here10'],
  ])('ignores %s without touching the page', async (_label, url) => {
    const { deps, onUrl } = follower(false);
    await onUrl(3, url);
    expect(deps.overlayLoaded).not.toHaveBeenCalled();
    expect(deps.injectOverlay).not.toHaveBeenCalled();
  });

  it('injects once while a check for the same tab is running, and survives a closed tab', async () => {
    let release: (value: boolean) => void = () => undefined;
    const deps = {
      overlayLoaded: vi.fn(() => new Promise<boolean>((resolve) => (release = resolve))),
      injectOverlay: vi.fn(async () => {
        throw new Error('No tab with id: 3');
      }),
    };
    const onUrl = createNavigationFollower(deps);
    const first = onUrl(3, 'https://www.tiktok.com/@a');
    await onUrl(3, 'https://www.tiktok.com/@b');
    release(false);
    await expect(first).resolves.toBeUndefined();
    expect(deps.injectOverlay).toHaveBeenCalledTimes(1);
  });
});
