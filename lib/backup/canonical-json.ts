/** Keys refused anywhere in an imported file: they could change an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export class ForbiddenKeyError extends Error {}

/**
 * JSON with object keys in sorted order at every level, so the same data always gives the same
 * text (and the same checksum) whatever order its keys were written in. Refuses (throws
 * ForbiddenKeyError) any `__proto__`, `constructor` or `prototype` key on the way.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, function sortKeys(_key, v: unknown) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    const sorted: Record<string, unknown> = {};
    for (const key of keys.sort()) {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      sorted[key] = record[key];
    }
    return sorted;
  }) ?? 'null';
}
