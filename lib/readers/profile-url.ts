import { HANDLE_IN_PATH } from '../schemas/handle-rule';

/** What a TikTok URL points at, from its path alone (cheap: runs on every TikTok page). */
export type TikTokRoute =
  | { kind: 'profile'; handle: string }
  | { kind: 'video'; handle: string; videoId: string }
  | { kind: 'other' };

const PROFILE_PATH = new RegExp(`^/@(${HANDLE_IN_PATH})/?$`);
const VIDEO_PATH = new RegExp(`^/@(${HANDLE_IN_PATH})/(?:video|photo)/(\\d{5,25})/?$`);

/** `url` may be relative to `base` (a link's `href` as written in the page). */
export function routeOf(url: string, base?: string): TikTokRoute {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, base).pathname);
  } catch {
    return { kind: 'other' };
  }
  const video = VIDEO_PATH.exec(path);
  if (video) return { kind: 'video', handle: video[1]!.toLowerCase(), videoId: video[2]! };
  const profile = PROFILE_PATH.exec(path);
  if (profile) return { kind: 'profile', handle: profile[1]!.toLowerCase() };
  return { kind: 'other' };
}

export function profileUrl(handle: string): string {
  return `https://www.tiktok.com/@${encodeURIComponent(handle)}`;
}
