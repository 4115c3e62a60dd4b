import { AFFILIATE_HOSTS } from '../platform/hosts';
/** Affiliate Center creator detail pages: `/connection/creator/detail?cid=…` on both hosts. */
const AFFILIATE_HOST_SET = new Set<string>(AFFILIATE_HOSTS);

export function affiliateCreatorId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !AFFILIATE_HOST_SET.has(parsed.hostname)) return null;
  if (!/^\/connection\/creator\/detail\/?$/.test(parsed.pathname)) return null;
  const cid = parsed.searchParams.get('cid');
  return cid && /^\d{1,25}$/.test(cid) ? cid : null;
}
