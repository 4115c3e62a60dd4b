import { browser } from 'wxt/browser';
import type { Settings } from '../schemas/settings';
import { DEFAULT_SETTINGS, SettingsSchema } from '../schemas/settings';

const KEY = 'settings';

/**
 * Stored settings, validated then repaired: a missing or corrupt value falls back to the default
 * for that part only, so one bad field never resets the merchant's other choices.
 */
export function repairSettings(stored: unknown): Settings {
  const whole = SettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const candidate = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const part = SettingsSchema.shape[key].safeParse(candidate[key]);
    if (part.success) repaired[key] = part.data;
  }
  const thresholds = candidate['thresholds'];
  if (typeof thresholds === 'object' && thresholds !== null) {
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS.thresholds };
    for (const [name, value] of Object.entries(thresholds)) {
      if (name in merged && typeof value === 'number' && Number.isFinite(value) && value >= 0) merged[name] = value;
    }
    repaired['thresholds'] = merged;
  }
  return SettingsSchema.parse(repaired);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return repairSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}
