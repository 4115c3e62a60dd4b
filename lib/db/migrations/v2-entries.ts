import type { Transaction } from 'dexie';

/**
 * Version 1 → 2 for a shortlist entry: tags become a clean, unique list (the new multi-entry tag
 * index needs an array of strings) and priority a finite number. Every other field is kept as is.
 */
export function upgradeEntryToV2(entry: Record<string, unknown>): Record<string, unknown> {
  const rawTags = Array.isArray(entry['tags']) ? entry['tags'] : [];
  const tags = [...new Set(rawTags.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))];
  const priority = typeof entry['priority'] === 'number' && Number.isFinite(entry['priority']) ? entry['priority'] : 0;
  return { ...entry, tags, priority };
}

export function upgradeEntriesToV2(tx: Transaction) {
  return tx
    .table('shortlistEntries')
    .toCollection()
    .modify((entry: Record<string, unknown>) => {
      Object.assign(entry, upgradeEntryToV2(entry));
    });
}
