import { afterEach, describe, expect, it } from 'vitest';
import { CARD_FIGURES_MARK, CARD_SCORE_MARK, stampCard } from '../../../components/card/card-timings';

const marks = (name: string) => performance.getEntriesByName(name, 'mark').map((m) => m.startTime);

describe('the card’s User Timing marks (read by the page-cost bench)', () => {
  afterEach(() => {
    performance.clearMarks(CARD_FIGURES_MARK);
    performance.clearMarks(CARD_SCORE_MARK);
  });

  it('marks the first ready render and the first scored render, never a later one', () => {
    stampCard(false);
    const figures = marks(CARD_FIGURES_MARK);
    expect(figures).toHaveLength(1);
    expect(marks(CARD_SCORE_MARK)).toHaveLength(0);
    stampCard(true);
    const score = marks(CARD_SCORE_MARK);
    expect(score).toHaveLength(1);
    stampCard(true);
    stampCard(false);
    expect(marks(CARD_FIGURES_MARK)).toEqual(figures);
    expect(marks(CARD_SCORE_MARK)).toEqual(score);
  });

  it('a card scored on its first render has both marks at once', () => {
    stampCard(true);
    expect(marks(CARD_FIGURES_MARK)).toHaveLength(1);
    expect(marks(CARD_SCORE_MARK)).toHaveLength(1);
  });
});
