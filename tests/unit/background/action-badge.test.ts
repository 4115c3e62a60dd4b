import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createActionBadge } from '../../../lib/background/action-badge';
import { globalBadge } from '../../../lib/background/badge';

/** The global badge text as the browser last received it (a call without tabId). */
function globalTexts() {
  const text = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  return () => text.mock.calls.filter(([d]) => d.tabId === undefined).map(([d]) => d.text);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the global toolbar badge with the team workspace', () => {
  it('the team error shows "!" over the overdue count; once cleared, the overdue count is back', async () => {
    const texts = globalTexts();
    const badge = createActionBadge();
    await badge.setOverdueCount(3);
    await badge.setTeamError(true);
    // A reminder run while the workspace fails keeps the error shown.
    await badge.setOverdueCount(4);
    await badge.setTeamError(false);
    expect(texts()).toEqual(['3', '!', '!', '4']);
  });

  it('clearing the error with nothing overdue leaves the badge empty', async () => {
    const texts = globalTexts();
    const badge = createActionBadge();
    await badge.setTeamError(true);
    await badge.setTeamError(false);
    expect(texts()).toEqual(['!', '']);
  });

  it('a tab without a creator shows the same as the global badge', async () => {
    globalTexts();
    const badge = createActionBadge();
    await badge.setOverdueCount(2);
    await badge.setTeamError(true);
    await badge.setBadge(7, null);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '!' });
    await badge.setTeamError(false);
    await badge.setBadge(7, null);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '2' });
  });

  it('globalBadge: the error in red, else the overdue count', () => {
    expect(globalBadge(5, true)).toEqual({ text: '!', color: '#b42318' });
    expect(globalBadge(5, false)).toEqual({ text: '5', color: '#dc2626' });
    expect(globalBadge(0, false).text).toBe('');
  });
});
