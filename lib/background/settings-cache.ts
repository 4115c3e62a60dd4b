import type { Settings } from '../schemas/settings';
import { loadSettings, saveSettings, settingsItem } from '../platform/settings-item';

/**
 * The settings as the background reads them on every snapshot: kept in memory, dropped whenever the
 * stored copy changes (watched) or the background saves them.
 */
export function createSettingsCache() {
  let cached: Promise<Settings> | null = null;
  settingsItem.watch(() => {
    cached = null;
  });
  return {
    settings(): Promise<Settings> {
      return (cached ??= loadSettings().catch((error: unknown) => {
        cached = null;
        throw error;
      }));
    },
    async saveSettings(next: Settings): Promise<void> {
      cached = null;
      await saveSettings(next);
      cached = null;
    },
  };
}
