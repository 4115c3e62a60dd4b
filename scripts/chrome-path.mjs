import { existsSync } from 'node:fs';

/** The Chromium the end-to-end tests drive: $CHROME_PATH, else Debian's. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}
