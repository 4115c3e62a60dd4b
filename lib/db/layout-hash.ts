/**
 * FNV-1a (32-bit) of a string's UTF-16 code units: the hash the stored layout places records by
 * (creators in buckets by handle, entries in chunks by handle and in the directory by id). Part of
 * the stored layout: changing it needs a database version that re-packs every record it places.
 */
export function layoutHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
