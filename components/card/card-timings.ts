/**
 * Page times (`performance.now()`) at which the card first showed a creator's figures and first
 * showed a score, kept in the content scripts' own isolated world under this key: the page cannot
 * read it. The performance bench reads it there (docs/performance.md): the card renders in the
 * same task that loads the script, before any watch the bench could install from outside.
 */
export const CARD_TIMINGS_KEY = '__vettokCardTimings';

interface CardTimings {
  ready: number | null;
  scored: number | null;
}

/** Called once the card's DOM shows a creator (a layout effect): stamps the first ready / scored. */
export function stampCard(scored: boolean): void {
  const global = globalThis as Record<string, unknown>;
  const timings = (global[CARD_TIMINGS_KEY] ??= { ready: null, scored: null }) as CardTimings;
  const now = performance.now();
  timings.ready ??= now;
  if (scored) timings.scored ??= now;
}
