import { AFFILIATE_ORIGINS, TIKTOK_ORIGIN } from '../platform/hosts';
import type { SenderKind } from './protocol';

/** The parts of `runtime.MessageSender` the router looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension: its id and the base URL of its pages (`runtime.getURL('')`). */
export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
}


/**
 * Who sent a message: Vettok's own extension pages (`page`), one of its content scripts in the top
 * frame of a tab on www.tiktok.com (`tiktok`) or on the Affiliate Center (`affiliate`), or nobody
 * we trust (another extension, a web page, another site, a subframe, no tab).
 */
export function classifySender(sender: SenderInfo, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(self.baseUrl)) return 'page';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  // Vettok's content scripts run in the top frame only (no all_frames); a subframe is not one of them.
  if (sender.tab?.id === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
  // Pages Vettok's content scripts run on, by sender kind; a content-script message from anywhere else is refused.
  if (origin === TIKTOK_ORIGIN) return 'tiktok';
  if (AFFILIATE_ORIGINS.includes(origin)) return 'affiliate';
  return null;
}
