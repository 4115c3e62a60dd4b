import type { ReadResult } from '../schemas/creator-snapshot';
import { blockedReason } from './page-state';
import { routeOf } from './profile-url';
import { readUniversalData } from './universal-data';

export function embeddedJson(doc: Document, id: string): unknown {
  const script = doc.getElementById(id);
  const raw = script?.textContent;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the creator of a profile page from what the page already holds. The embedded JSON keeps
 * describing the first profile loaded after an in-app navigation, so a snapshot whose handle is
 * not the URL's is refused rather than shown under the wrong name.
 */
export function readProfilePage(doc: Document, url: string, now: number): ReadResult {
  const route = routeOf(url);
  const expected = route.kind === 'other' ? null : route.handle;

  const universal = embeddedJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const result: ReadResult =
    universal === undefined ? { ok: false, reason: 'no-creator-data' } : readUniversalData(universal, now, url);

  if (result.ok && expected && result.snapshot.handle !== expected) {
    return { ok: false, reason: 'handle-mismatch', detail: `page data is for @${result.snapshot.handle}` };
  }
  if (!result.ok && result.reason === 'no-creator-data') {
    const blocked = blockedReason(doc);
    if (blocked) return { ok: false, reason: 'blocked', detail: blocked };
  }
  return result;
}
