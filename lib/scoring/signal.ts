import type { Figure, Flag, Pitfall, Severity } from '../schemas/assessment';
import type { Count } from '../schemas/creator-snapshot';
import { SEVERITY_PENALTY } from './constants';

export type Evidence = Flag['evidence'];

/** What one signal family contributes: its sub-score (null = not judged), figures and flags. */
export interface SignalResult {
  score: number | null;
  figures: Figure[];
  flags: Flag[];
}

export function figure(id: string, value: number | null, inputs: Figure['inputs']): Figure {
  return { id, value: value === null || Number.isFinite(value) ? value : null, formulaKey: `formula.${id}`, inputs };
}

/** A flag; its message is `flag.<messageId>` (messageId defaults to the id). */
export function flag(id: string, pitfall: Pitfall, severity: Severity, evidence: Evidence, messageId = id): Flag {
  return { id, pitfall, severity, evidence, messageKey: `flag.${messageId}` };
}

/** 100 minus the flags' penalties, floor 0. */
export function penaltyScore(flags: readonly Flag[]): number {
  let score = 100;
  for (const f of flags) score -= SEVERITY_PENALTY[f.severity];
  return Math.max(0, score);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

export function round(value: number, digits = 4): number {
  const f = POWERS[digits] ?? 10 ** digits;
  return Math.round(value * f) / f;
}

let medianScratch = new Float64Array(64);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  if (medianScratch.length < values.length) medianScratch = new Float64Array(values.length * 2);
  const sorted = medianScratch.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) sorted[i] = values[i]!;
  sorted.sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** A count usable for arithmetic: finite, non-negative, low ≤ value ≤ high. Anything else is absent. */
export function safeCount(count: Count | null | undefined): Count | null {
  if (!count) return null;
  const { value, exact } = count;
  if (!Number.isFinite(value) || value < 0) return null;
  let low = Number.isFinite(count.low) && count.low >= 0 ? Math.min(count.low, value) : value;
  let high = Number.isFinite(count.high) && count.high >= 0 ? Math.max(count.high, value) : value;
  if (exact) low = high = value;
  return { value, low, high, exact };
}

type CountName = 'followers' | 'likes' | 'videos';
const INTERVAL_KEYS: Readonly<Record<CountName, readonly [string, string]>> = {
  followers: ['followersLow', 'followersHigh'],
  likes: ['likesLow', 'likesHigh'],
  videos: ['videosLow', 'videosHigh'],
};

/**
 * Adds the interval of an abbreviated count (`<name>Low`, `<name>High`) to inputs that already
 * hold `<name>` (exact counts add nothing). Returns the same object.
 */
export function withInterval(inputs: Figure['inputs'], name: CountName, count: Count): Figure['inputs'] {
  if (!count.exact) {
    const [low, high] = INTERVAL_KEYS[name];
    inputs[low] = count.low;
    inputs[high] = count.high;
  }
  return inputs;
}

/** Piecewise-linear interpolation through (x, y) anchors sorted by x; flat beyond the last. */
export function interpolate(x: number, anchors: readonly (readonly [number, number])[]): number {
  const first = anchors[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < anchors.length; i++) {
    const [x1, y1] = anchors[i]!;
    const [x0, y0] = anchors[i - 1]!;
    if (x <= x1) return x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return anchors.at(-1)![1];
}
