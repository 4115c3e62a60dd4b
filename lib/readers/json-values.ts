import type { Count } from '../schemas/creator-snapshot';
import { exactCount } from '../schemas/exact-count';

/** Narrowing helpers for untrusted JSON: never throw, never invent. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

const MAX_TEXT = 100_000;

export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}

export function nonEmptyText(value: unknown): string | null {
  const t = text(value);
  return t && t.trim() !== '' ? t : null;
}

export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  return null;
}

/** A non-negative safe integer from a number or a digit string; fractions and anything else are null. */
export function nonNegativeInt(value: unknown): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d{1,20}\s*$/.test(value)) n = Number(value);
  else return null;
  if (!Number.isSafeInteger(n) || n < 0) return null;
  return n;
}

export function exactCountOf(value: unknown): Count | null {
  const n = nonNegativeInt(value);
  return n === null ? null : exactCount(n);
}

/** Seconds or milliseconds since the epoch (number or string) → epoch ms. */
export function epochMs(value: unknown): number | null {
  const n = nonNegativeInt(value);
  if (n === null || n === 0) return null;
  return n < 1e11 ? n * 1000 : n;
}

/**
 * The interval a figure rounded to TikTok's display precision could stand for. `stats` (and, as
 * the captures show, sometimes `statsV2` and `authorStatsV2`) hold values like 427700 for 427,682:
 * one decimal of K/M/B. Below 10,000 TikTok shows full numbers, so the value is kept as is.
 */
export function roundedCount(value: number): Count {
  if (value < 10_000) return { value, low: value, high: value, exact: false };
  const unit = value >= 999_950_000 ? 1e9 : value >= 999_950 ? 1e6 : 1e3;
  const step = unit / 10;
  const low = Math.max(0, Math.ceil(value - step / 2));
  const high = Math.ceil(value + step) - 1;
  return { value, low, high, exact: false };
}

/** A value that sits exactly on a display-rounding step (≥ 10,000): possibly rounded. */
function looksRounded(value: number): boolean {
  if (value < 10_000) return false;
  const unit = value >= 999_950_000 ? 1e9 : value >= 999_950 ? 1e6 : 1e3;
  return value % (unit / 10) === 0;
}

/**
 * One count from a `statsV2` (exact strings) / `stats` (display-rounded numbers) pair. statsV2 wins
 * unless it merely repeats a rounded `stats` figure (seen in item_list `authorStatsV2` and video
 * stats), in which case it is kept as not exact. `stats` alone is never exact; a negative or
 * overflowed value is never accepted (the first usable key wins).
 */
export function statCount(statsV2: unknown, stats: unknown, ...keys: string[]): Count | null {
  for (const key of keys) {
    const exact = nonNegativeInt(field(statsV2, key));
    const rounded = nonNegativeInt(field(stats, key));
    if (exact !== null) {
      if (looksRounded(exact) && (rounded === null || rounded === exact)) return roundedCount(exact);
      return exactCount(exact);
    }
    if (rounded !== null) return roundedCount(rounded);
  }
  return null;
}

/** Caps a text field (bios, captions) at a sane length; empty strings stay empty. */
export function cappedText(value: unknown, max = 2_000): string | null {
  if (typeof value !== 'string') return null;
  return value.length > max ? value.slice(0, max) : value;
}
