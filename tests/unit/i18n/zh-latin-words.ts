/**
 * Latin words a zh-CN screen may show: names and terms Chinese merchants write in Latin letters
 * (brands, platform terms, metric abbreviations), pitfall numbers (P1–P10), units merchants write
 * that way (USD, ID codes of markets in data), and the words of the handles and names shown. A zh-CN
 * text holding any other Latin word was left in English.
 */
export const ZH_LATIN_ALLOWLIST: ReadonlySet<string> = new Set(
  [
    'TikTok', 'Shop', 'Vettok', 'Seller', 'Center', 'Affiliate', 'Partner', 'API',
    'ROI', 'GMV', 'GPM', 'KOC', 'CSV', 'JSON', 'ID', 'URL', 'UTC', 'USD', 'ISO', 'LIVE', 'Chrome', 'Firefox',
    'https', 'SociaVault', 'HypeAuditor', 'Influencer', 'Marketing', 'Hub', 'Emplifi', 'Ads', 'Excel', 'Google', 'Sheets',
    'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'A', 'B', 'C', 'D', 'E', 'K', 'M', 'MB', 'KB', 'GB', 'h', 'x',
  ].map((w) => w.toLowerCase()),
);

/** Latin words of a text (letters a–z, with digits after the first letter: "P9", "v2"), outside the allowlist. */
export function foreignLatinWords(text: string, alsoAllowed: readonly string[] = []): string[] {
  const extra = new Set(alsoAllowed.map((w) => w.toLowerCase()));
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !ZH_LATIN_ALLOWLIST.has(w.toLowerCase()) && !extra.has(w.toLowerCase()));
}
