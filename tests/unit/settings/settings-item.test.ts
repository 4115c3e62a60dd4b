/**
 * The settings item in storage.local: settings stored before the item had a version are repaired
 * part by part when the item is first defined (migration to version 2), then read validated; the
 * background's cache drops its copy when the stored settings change.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schemas/settings';

/** The modules fresh, as in a newly started extension context: the item's migration runs when it is defined. */
async function freshModules() {
  vi.resetModules();
  return {
    item: await import('../../../lib/platform/settings-item'),
    cache: await import('../../../lib/background/settings-cache'),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings item', () => {
  it('repairs unversioned settings part by part: a bad field falls back alone, the other choices stay', async () => {
    await fakeBrowser.storage.local.set({
      settings: { uiLanguage: 'zh-CN', targetMarket: 'Mars', category: 'beauty', thresholds: { headMin: 2_000_000, tailMin: -5, bogus: 1 } },
    });
    const { item } = await freshModules();
    const settings = await item.loadSettings();
    expect(settings.uiLanguage).toBe('zh-CN');
    expect(settings.category).toBe('beauty');
    // 'Mars' is no market: that part alone goes back to the default.
    expect(settings.targetMarket).toBe(DEFAULT_SETTINGS.targetMarket);
    expect(settings.thresholds.headMin).toBe(2_000_000);
    // A negative follower bound is refused: the default stays; an unknown threshold is dropped.
    expect(settings.thresholds.tailMin).toBe(DEFAULT_SETTINGS.thresholds.tailMin);
    expect(settings.thresholds).not.toHaveProperty('bogus');
    // The repaired value is stored with its version, so the repair runs once.
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings']).toEqual(settings);
    expect(stored['settings$']).toEqual({ v: 2 });
  });

  it('reads the defaults when nothing is stored, and what was saved after a save', async () => {
    const { item } = await freshModules();
    expect(await item.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const next: Settings = { ...DEFAULT_SETTINGS, uiLanguage: 'en', targetMarket: 'VN' };
    await item.saveSettings(next);
    expect(await item.loadSettings()).toEqual(next);
  });

  it('refuses to save settings the schema refuses', async () => {
    const { item } = await freshModules();
    await expect(item.saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' } as unknown as Settings)).rejects.toThrow();
    expect(await item.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("the background's cache reads once, and again after the stored settings change", async () => {
    const { item, cache } = await freshModules();
    const settings = cache.createSettingsCache();
    const get = vi.spyOn(item.settingsItem, 'getValue');
    expect((await settings.settings()).uiLanguage).toBe('auto');
    await settings.settings();
    expect(get).toHaveBeenCalledTimes(1);
    // Another context writes the settings (the watch sees the change).
    await item.settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'zh-CN' });
    await vi.waitFor(async () => expect((await settings.settings()).uiLanguage).toBe('zh-CN'));
    await settings.saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    expect((await settings.settings()).uiLanguage).toBe('en');
  });
});
