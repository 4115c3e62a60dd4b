import type { Count, CreatorSnapshot } from '../schemas/creator-snapshot';
import { cappedText, exactCountOf, field, isRecord, nonEmptyText } from './json-values';
import { routeOf } from './profile-url';
import { blankSnapshot, MAX_BIO, MAX_NICKNAME, normaliseHandle, provenanceOf } from './user-fields';

/**
 * Reads the JSON-LD `ProfilePage` (2025+) or `Person` (2023) block of a profile page: handle,
 * name, description and, where present, exact `userInteractionCount` for likes and followers.
 * Logged-in "Save page as" files may carry nothing else.
 */
export function readJsonLd(doc: Document, capturedAt: number, url: string | null): CreatorSnapshot | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const raw = scripts[i]!.textContent;
    if (!raw || raw.length > 200_000) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      continue;
    }
    const snapshot = readJsonLdValue(json, capturedAt, url);
    if (snapshot) return snapshot;
  }
  return null;
}

/** One parsed JSON-LD value (object, or an array / @graph of them). */
export function readJsonLdValue(json: unknown, capturedAt: number, url: string | null): CreatorSnapshot | null {
  const nodes: unknown[] = Array.isArray(json) ? json.slice(0, 20) : [json];
  const graph = field(json, '@graph');
  if (Array.isArray(graph)) nodes.push(...graph.slice(0, 20));
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    const type = node['@type'];
    const person = type === 'ProfilePage' ? node['mainEntity'] : type === 'Person' ? node : undefined;
    if (!isRecord(person)) continue;
    const snapshot = readPerson(person, capturedAt, url);
    if (snapshot) return snapshot;
  }
  return null;
}

function handleOfPerson(person: Record<string, unknown>): string | null {
  const fromUrl = (value: unknown): string | null => {
    const u = nonEmptyText(value);
    if (!u) return null;
    const route = routeOf(u);
    return route.kind === 'profile' ? route.handle : null;
  };
  return (
    normaliseHandle(person['alternateName']) ??
    normaliseHandle(person['identifier']) ??
    fromUrl(person['url']) ??
    fromUrl(field(person, 'mainEntityOfPage', '@id'))
  );
}

function readPerson(person: Record<string, unknown>, capturedAt: number, url: string | null): CreatorSnapshot | null {
  const handle = handleOfPerson(person);
  if (!handle) return null;
  let likes: Count | null = null;
  let followers: Count | null = null;
  const stats = person['interactionStatistic'];
  for (const stat of Array.isArray(stats) ? stats.slice(0, 10) : [stats]) {
    const kind = field(stat, 'interactionType', '@type') ?? field(stat, 'interactionType');
    const count = exactCountOf(field(stat, 'userInteractionCount'));
    if (typeof kind !== 'string' || !count) continue;
    if (/LikeAction$/.test(kind)) likes ??= count;
    else if (/FollowAction$/.test(kind)) followers ??= count;
  }
  const snapshot: CreatorSnapshot = {
    ...blankSnapshot(handle, 'json-ld', capturedAt, url),
    nickname: cappedText(nonEmptyText(person['name']), MAX_NICKNAME),
    bio: cappedText(person['description'], MAX_BIO),
    followers,
    likes,
  };
  snapshot.provenance = provenanceOf(snapshot, 'json-ld');
  return snapshot;
}
