import type { Count } from '../schemas/creator-snapshot';
import { exactCount } from '../schemas/creator-snapshot';

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

/** A non-negative finite integer from a number or a digit string; anything else is null. */
export function nonNegativeInt(value: unknown): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d{1,20}\s*$/.test(value)) n = Number(value);
  else return null;
  if (!Number.isFinite(n) || n < 0 || !Number.isSafeInteger(Math.round(n))) return null;
  return Math.round(n);
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
