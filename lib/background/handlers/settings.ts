import type { Handlers } from '../../messaging/router';
import type { BackgroundDeps } from './deps';

/** The merchant's settings, as the side panel and popup read and save them. */
export function settingsHandlers(deps: BackgroundDeps): Pick<Handlers, 'settings.get' | 'settings.save'> {
  return {
    async 'settings.get'() {
      return deps.settings();
    },

    async 'settings.save'({ settings }) {
      await deps.saveSettings(settings);
      return deps.settings();
    },
  };
}
