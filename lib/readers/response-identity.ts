import { unwrapAffiliateValues } from './affiliate-profile';
import { field, isRecord } from './json-values';

/** Keys under which the Affiliate Center names a creator's TikTok Shop (oec) id. */
const CREATOR_ID_PATHS: readonly (readonly string[])[] = [
  ['creator_profile', 'creator_oecuid'],
  ['creator_connect_info', 'creator_id'],
  ['creator_profile', 'creator_id'],
];
const MAX_NODES = 50;

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return typeof value === 'string' && /^\d{1,25}$/.test(value) ? value : null;
}

/**
 * The creator ids (TikTok Shop oec ids, as the page URL's `cid` carries them) that a marketplace
 * profile response names for the profile it holds; empty when it names none. A response belongs to
 * the page only when the page's `cid` is among them: responses arrive in any order, so identity,
 * never arrival order, decides which creator they describe.
 */
export function affiliateProfileCreatorIds(json: unknown): string[] {
  const ids = new Set<string>();
  const queue: unknown[] = [unwrapAffiliateValues(json)];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      queue.push(...node.slice(0, 5));
      continue;
    }
    if (!isRecord(node)) continue;
    if (isRecord(field(node, 'creator_profile'))) {
      for (const path of CREATOR_ID_PATHS) {
        const id = idText(field(node, ...path));
        if (id) ids.add(id);
      }
      return [...ids];
    }
    for (const key of ['data', 'profiles', 'creator']) if (key in node) queue.push(node[key]);
  }
  return [];
}
