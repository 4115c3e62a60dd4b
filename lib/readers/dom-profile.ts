import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import { cappedText } from './json-values';
import { parseDisplayedCount } from './localised-count';
import { routeOf } from './profile-url';
import { blankSnapshot, MAX_BIO, MAX_NICKNAME, MAX_URL, normaliseHandle, provenanceOf } from './user-fields';
import { readDomGrid } from './dom-grid';

/**
 * Reads what a rendered profile page shows: counts from `strong[data-e2e=…-count]` (abbreviated
 * text; a `title` holding a full number is used when it agrees with the text), handle and
 * nickname from `user-title`/`user-subtitle` (whose meaning has flipped over the years, so the
 * handle is whichever one is a valid uniqueId, checked against the expected handle), bio, bio link,
 * verified badge and the video grid. Text only: nothing is rendered.
 */
export function readDomProfile(
  doc: Document,
  expectedHandle: string | null,
  capturedAt: number,
  url: string | null,
): CreatorSnapshot | null {
  const locale = doc.documentElement?.getAttribute('lang') ?? undefined;
  const titleEl = doc.querySelector('[data-e2e="user-title"]');
  const subtitleEl = doc.querySelector('[data-e2e="user-subtitle"]');
  const title = clean(titleEl?.textContent);
  const subtitle = clean(subtitleEl?.textContent);
  const handle = pickHandle([subtitle, title], expectedHandle, canonicalHandle(doc));
  if (!handle) return null;

  const nickname = [title, subtitle].find((t) => t !== null && normaliseHandle(t) !== handle) ?? null;
  const followers = domCount(doc, 'followers-count', locale);
  const following = domCount(doc, 'following-count', locale);
  const likes = domCount(doc, 'likes-count', locale);
  const bioText = clean(doc.querySelector('[data-e2e="user-bio"]')?.textContent, false);
  const snapshot: CreatorSnapshot = {
    ...blankSnapshot(handle, 'dom', capturedAt, url),
    nickname: cappedText(nickname, MAX_NICKNAME),
    bio: bioText && !/^no bio yet\.?$/i.test(bioText) ? cappedText(bioText, MAX_BIO) : null,
    bioLink: bioLinkOf(doc),
    verified: titleEl || subtitleEl ? hasVerifiedBadge(doc) : null,
    followers,
    following,
    likes,
    recentVideos: readDomGrid(doc, handle),
  };
  snapshot.provenance = provenanceOf(snapshot, 'dom');
  return snapshot;
}

function clean(value: string | null | undefined, collapse = true): string | null {
  if (typeof value !== 'string') return null;
  const t = (collapse ? value.replace(/\s+/g, ' ') : value).trim();
  return t === '' ? null : t.slice(0, 5_000);
}

function pickHandle(candidates: (string | null)[], expected: string | null, canonical: string | null): string | null {
  const valid = [...new Set(candidates.map((c) => normaliseHandle(c)).filter((h): h is string => h !== null))];
  if (expected) return valid.includes(expected) ? expected : null;
  if (canonical && valid.includes(canonical)) return canonical;
  return valid.length === 1 ? valid[0]! : null;
}

/** The page's own idea of whose profile it is: canonical link or og:url. */
export function canonicalHandle(doc: Document): string | null {
  const hrefs = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of hrefs) {
    if (!href) continue;
    const route = routeOf(href);
    if (route.kind === 'profile') return route.handle;
  }
  return null;
}

function domCount(doc: Document, e2e: string, locale: string | undefined): Count | null {
  const el = doc.querySelector(`strong[data-e2e="${e2e}"], [data-e2e="${e2e}"]`);
  if (!el) return null;
  const shown = parseDisplayedCount(clean(el.textContent) ?? '', locale);
  const titled = parseDisplayedCount(el.getAttribute('title') ?? '', locale);
  if (titled?.exact && (!shown || (titled.value >= shown.low && titled.value <= shown.high))) return titled;
  return shown;
}

function bioLinkOf(doc: Document): string | null {
  const href = doc.querySelector('a[data-e2e="user-link"]')?.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, 'https://www.tiktok.com/');
    const target = u.hostname.endsWith('tiktok.com') ? u.searchParams.get('target') : null;
    const link = target ?? (u.hostname.endsWith('tiktok.com') ? null : u.href);
    return link && /^https?:\/\//i.test(link) ? cappedText(link, MAX_URL) : null;
  } catch {
    return null;
  }
}

/** TikTok's verified badge: the cyan (#20D5EC) check circle next to the name. */
function hasVerifiedBadge(doc: Document): boolean {
  const circles = doc.querySelectorAll('circle[fill="#20D5EC"], circle[fill="#20d5ec"]');
  for (let i = 0; i < circles.length && i < 20; i++) {
    let node: Element | null = circles[i]!;
    for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
      const identity = '[data-e2e="user-title"], [data-e2e="user-subtitle"]';
      if (node.matches(identity) || node.querySelector(identity)) return true;
    }
  }
  return false;
}
