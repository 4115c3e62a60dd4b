/**
 * True for "the disk is full" in any of its forms: Chrome reports an IndexedDB quota failure as an
 * AbortError whose inner error is a QuotaExceededError; Dexie wraps it again.
 */
export function isStorageFullError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (typeof e.message === 'string' && /QuotaExceeded|quota/i.test(e.message) && e.name === 'AbortError') return true;
  return isStorageFullError(e.inner, depth + 1) || isStorageFullError(e.cause, depth + 1);
}
