/**
 * Where a creator appears in a list page's DOM, so a chip goes beside that creator and no other:
 * a link to their profile (`/@handle`, else one of their videos `/@handle/video/…`) on TikTok, or,
 * where rows carry no such link (the Affiliate Center's creator list), an element whose whole text
 * is the handle (`handle` or `@handle`). One place per creator: the first in document order.
 */

const PROFILE_PATH = /^\/@([a-z0-9._]{1,64})(\/.*)?$/i;
/** Text nodes looked at per search (a results page has a few thousand). */
const MAX_TEXT_NODES = 20_000;

function handleOfLink(a: HTMLAnchorElement): { handle: string; profile: boolean } | null {
  // The link's own parsed path: no URL object per link.
  let path: string;
  try {
    path = decodeURIComponent(a.pathname);
  } catch {
    return null;
  }
  const match = PROFILE_PATH.exec(path);
  if (!match) return null;
  return { handle: match[1]!.toLowerCase(), profile: match[2] === undefined || match[2] === '/' };
}

/**
 * What each link was read as, by the link's `href` attribute as it was then: a list page is searched
 * again each time it grows, and a long list has hundreds of links already read. Valid for one
 * document URL (a relative `href` resolves against it).
 */
export type ReadLinks = WeakMap<HTMLAnchorElement, { href: string | null; found: { handle: string; profile: boolean } | null }>;

function readLink(a: HTMLAnchorElement, read: ReadLinks) {
  const href = a.getAttribute('href');
  let entry = read.get(a);
  if (!entry || entry.href !== href) {
    entry = { href, found: handleOfLink(a) };
    read.set(a, entry);
  }
  return entry.found;
}

/** For each wanted handle not yet placed, the element to put its chip after. */
export function findCreatorPlaces(root: Document, wanted: ReadonlySet<string>, skip: (el: Element) => boolean, read: ReadLinks = new WeakMap()): Map<string, Element> {
  const places = new Map<string, Element>();
  const videoLinks = new Map<string, Element>();
  if (wanted.size === 0) return places;
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="/@"]')) {
    const found = readLink(a, read);
    if (!found || !wanted.has(found.handle) || places.has(found.handle) || skip(a)) continue;
    if (found.profile) places.set(found.handle, a);
    else if (!videoLinks.has(found.handle)) videoLinks.set(found.handle, a);
  }
  for (const [handle, link] of videoLinks) if (!places.has(handle)) places.set(handle, link);
  if (places.size === wanted.size || !root.body) return places;

  const walker = root.createTreeWalker(root.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    const text = node.nodeValue?.trim();
    if (!text || text.length > 66) continue;
    const handle = text.replace(/^@/, '').toLowerCase();
    const parent = node.parentElement;
    if (!parent || !wanted.has(handle) || places.has(handle) || skip(parent)) continue;
    if (parent.textContent?.trim() !== text) continue;
    places.set(handle, parent);
  }
  return places;
}
