/**
 * Tier-dependent benchmarks. Each table keeps its source's own follower bands (they differ from
 * Vettok's tier names and from each other), so a creator is compared with accounts of their own
 * size under the formula the source used. Every figure is cited in docs/assessment.md.
 */

interface Band<T> {
  /** Inclusive lower bound of followers. */
  from: number;
  value: T;
}

function bandOf<T>(bands: readonly Band<T>[], followers: number): T {
  let found = bands[0]!.value;
  for (const b of bands) if (followers >= b.from) found = b.value;
  return found;
}

/**
 * Per-follower engagement, (likes + comments + shares) per video ÷ followers: SociaVault Labs,
 * 150,000 fraud-screened TikTok accounts (research/market.md §3). Below 1K the nano band is used.
 */
const PER_FOLLOWER: readonly Band<{ p25: number; median: number; p75: number }>[] = [
  { from: 0, value: { p25: 0.0492, median: 0.0784, p75: 0.1231 } },
  { from: 10_000, value: { p25: 0.0328, median: 0.0521, p75: 0.0814 } },
  { from: 50_000, value: { p25: 0.0247, median: 0.0389, p75: 0.0602 } },
  { from: 100_000, value: { p25: 0.0171, median: 0.0273, p75: 0.0422 } },
  { from: 500_000, value: { p25: 0.0112, median: 0.0184, p75: 0.0289 } },
];

export type PerFollowerBenchmark = (typeof PER_FOLLOWER)[number]['value'];

export function perFollowerBenchmark(followers: number): PerFollowerBenchmark {
  return bandOf(PER_FOLLOWER, followers);
}

/**
 * Per-view engagement, median engagements ÷ median views over the latest 30 posts: Modash's
 * TikTok table of November 2025. `low` is the top of its "Low" band, `average` the middle of its
 * "Average" band, `high` the start of its "High" band (the best ~fifth of accounts).
 */
const PER_VIEW: readonly Band<{ low: number; average: number; high: number }>[] = [
  { from: 0, value: { low: 0.0949, average: 0.1305, high: 0.1851 } },
  { from: 5_000, value: { low: 0.0779, average: 0.1117, high: 0.1459 } },
  { from: 10_000, value: { low: 0.0628, average: 0.0888, high: 0.1138 } },
  { from: 50_000, value: { low: 0.0547, average: 0.0763, high: 0.1045 } },
  { from: 100_000, value: { low: 0.0507, average: 0.0703, high: 0.0956 } },
  { from: 500_000, value: { low: 0.0473, average: 0.0652, high: 0.0812 } },
  { from: 1_000_000, value: { low: 0.0475, average: 0.0652, high: 0.0869 } },
];

export type PerViewBenchmark = (typeof PER_VIEW)[number]['value'];

export function perViewBenchmark(followers: number): PerViewBenchmark {
  return bandOf(PER_VIEW, followers);
}

/**
 * Per-view engagement above the "High" band start × this is beyond what organic accounts of the
 * size show (Vettok's stand-in for the tier's P95: Modash publishes bands, not percentiles; the
 * "High" band already holds the best fifth, so 1.5× its start lies well inside its tail).
 */
export const PER_VIEW_IMPLAUSIBLE_FACTOR = 1.5;
/** Twice the "High" band's start is a risk (Vettok). */
export const PER_VIEW_RISK_FACTOR = 2;

/**
 * Reach, median views ÷ followers, at or below which followers are not watching: Creator Hero
 * "500K followers but ≤10K views (2%)" for 500K+; for smaller accounts, whose videos reach a larger
 * share of followers (Socialinsider: 14.49% on average across sizes; Rival IQ and Modash: smaller
 * accounts engage more), Vettok scales the floor up: a third of the Socialinsider average below
 * 100K, a fifth between 100K and 500K. A warning below twice the floor.
 */
const REACH_FLOOR: readonly Band<number>[] = [
  { from: 1_000, value: 0.05 },
  { from: 100_000, value: 0.03 },
  { from: 500_000, value: 0.02 },
];

/** Reach is judged from this many followers (below, views are noise and TikTok Shop's minimum is unmet). */
export const REACH_MIN_FOLLOWERS = 1_000;

export function reachFloor(followers: number): number {
  return bandOf(REACH_FLOOR, followers);
}

/** TikTok Shop's affiliate programme asks for at least this many followers (PRODUCT.md; market.md §4 Creator Pilot 1,000–5,000). */
export const AFFILIATE_MIN_FOLLOWERS = 1_000;
