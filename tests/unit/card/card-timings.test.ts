import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TIMINGS_KEY, stampCard } from '../../../components/card/card-timings';

const timings = () => (globalThis as Record<string, unknown>)[CARD_TIMINGS_KEY];

describe('the card’s own page-time stamps (read by the page-cost bench)', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[CARD_TIMINGS_KEY];
    vi.restoreAllMocks();
  });

  it('keeps the first ready render and the first scored render, never a later one', () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(10);
    stampCard(false);
    expect(timings()).toEqual({ ready: 10, scored: null });
    now.mockReturnValue(25);
    stampCard(true);
    expect(timings()).toEqual({ ready: 10, scored: 25 });
    now.mockReturnValue(40);
    stampCard(true);
    stampCard(false);
    expect(timings()).toEqual({ ready: 10, scored: 25 });
  });

  it('a card scored on its first render has both stamps at once', () => {
    vi.spyOn(performance, 'now').mockReturnValue(7);
    stampCard(true);
    expect(timings()).toEqual({ ready: 7, scored: 7 });
  });
});
