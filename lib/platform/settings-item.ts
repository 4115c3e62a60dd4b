import { storage } from 'wxt/utils/storage';
import type { Settings } from '../schemas/settings';
import { DEFAULT_SETTINGS, SettingsSchema } from '../schemas/settings';

/**
 * Version 1 (unversioned) settings, repaired part by part: a missing or corrupt value falls back to
 * the default for that part only, so one bad field never resets the merchant's other choices.
 * Frozen with the migration it belongs to: later changes to the schema get their own migration.
 */
function repairVersion1(stored: unknown): Settings {
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

/**
 * The merchant's settings in storage.local: the one place that names their key. Only the background
 * writes them (the `settings.save` message); pages read them and `.watch()` for changes.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: repairVersion1 },
});

/** The stored settings, validated; the defaults when nothing valid is stored. */
export function settingsFrom(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(SettingsSchema.parse(settings));
}
