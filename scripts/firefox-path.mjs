import { existsSync } from 'node:fs';

/** The Firefox the end-to-end tests drive: $FIREFOX_PATH, else Debian's ESR. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}
