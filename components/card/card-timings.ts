/**
 * User Timing marks for when the card first showed a creator's figures and first showed a score.
 * The performance bench reads them with `performance.getEntriesByName` (docs/performance.md): the
 * card renders in the same task that loads the script, before any watch the bench could install
 * from outside. The marks are standard page timeline entries; the page can already see the card's
 * host element, so they tell it nothing new.
 */
export const CARD_FIGURES_MARK = 'vettok:card-figures';
export const CARD_SCORE_MARK = 'vettok:card-score';

function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** Called once the card's DOM shows a creator: marks the first figures / first score. */
export function stampCard(scored: boolean): void {
  markOnce(CARD_FIGURES_MARK);
  if (scored) markOnce(CARD_SCORE_MARK);
}
