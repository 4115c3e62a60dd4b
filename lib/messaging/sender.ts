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

/** Pages Vettok's content scripts run on. A content-script message from anywhere else is refused. */
export const AFFILIATE_ORIGINS = ['https://affiliate.tiktok.com', 'https://affiliate.tiktokshopglobalselling.com'];
export const CONTENT_ORIGINS = ['https://www.tiktok.com', ...AFFILIATE_ORIGINS];

/**
 * Who sent a message: Vettok's own extension pages, one of its content scripts on a TikTok page,
 * or nobody we trust (another extension, a web page, an unexpected frame).
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
  if (CONTENT_ORIGINS.includes(origin) && sender.tab?.id !== undefined) return 'content';
  return null;
}
