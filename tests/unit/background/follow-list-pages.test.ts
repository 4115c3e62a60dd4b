import { describe, expect, it, vi } from 'vitest';
import { createListPageFollower } from '../../../lib/background/follow-list-pages';

function follower(loaded: boolean) {
  const deps = { watcherLoaded: vi.fn(async () => loaded), injectWatcher: vi.fn(async () => undefined) };
  return { deps, onUrl: createListPageFollower(deps) };
}

describe('following in-app navigations to list pages (scout mode)', () => {
  it.each([
    ['search', 'https://www.tiktok.com/search?q=lipstick'],
    ['the For You feed', 'https://www.tiktok.com/foryou'],
    ['a profile (its follower list opens over it)', 'https://www.tiktok.com/@jelly.here10'],
    ['the marketplace', 'https://affiliate.tiktok.com/connection/creator?shop_region=VN'],
  ])('loads the watcher when a tab moves to %s without it', async (_label, url) => {
    const { deps, onUrl } = follower(false);
    await onUrl(5, url);
    expect(deps.injectWatcher).toHaveBeenCalledExactlyOnceWith(5);
  });

  it('does nothing when the watcher (or the list script) already runs there', async () => {
    const { deps, onUrl } = follower(true);
    await onUrl(5, 'https://www.tiktok.com/search?q=a');
    expect(deps.watcherLoaded).toHaveBeenCalledWith(5);
    expect(deps.injectWatcher).not.toHaveBeenCalled();
  });

  it.each([
    ['live', 'https://www.tiktok.com/live'],
    ['messages', 'https://www.tiktok.com/messages'],
    ['no URL change', undefined],
    ['another site', 'https://example.com/search'],
    ['http', 'http://www.tiktok.com/search'],
    ['another Affiliate Center page', 'https://affiliate.tiktok.com/connection/target-invitation'],
  ])('ignores %s without touching the page', async (_label, url) => {
    const { deps, onUrl } = follower(false);
    await onUrl(5, url);
    expect(deps.watcherLoaded).not.toHaveBeenCalled();
    expect(deps.injectWatcher).not.toHaveBeenCalled();
  });

  it('survives a tab that closed meanwhile', async () => {
    const deps = {
      watcherLoaded: vi.fn(async () => false),
      injectWatcher: vi.fn(async () => {
        throw new Error('No tab with id: 5');
      }),
    };
    await expect(createListPageFollower(deps)(5, 'https://www.tiktok.com/foryou')).resolves.toBeUndefined();
  });
});
