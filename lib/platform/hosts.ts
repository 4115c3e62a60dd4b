/**
 * The sites Vettok reads, the one list: TikTok itself and TikTok Shop's Affiliate Center (two
 * hosts). Host permissions, content-script matches, the sender check and the readers' URL checks
 * all come from here; the manifest snapshot test fails when it widens.
 */
export const TIKTOK_HOST = 'www.tiktok.com';
export const AFFILIATE_HOSTS = ['affiliate.tiktok.com', 'affiliate.tiktokshopglobalselling.com'] as const;

export const TIKTOK_ORIGIN = `https://${TIKTOK_HOST}`;
export const AFFILIATE_ORIGINS = AFFILIATE_HOSTS.map((host) => `https://${host}`);

/** Match patterns for every page of the site. */
export const TIKTOK_MATCHES = [`${TIKTOK_ORIGIN}/*`];
export const AFFILIATE_MATCHES = AFFILIATE_ORIGINS.map((origin) => `${origin}/*`);
