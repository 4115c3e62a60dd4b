import type { Count } from './creator-snapshot';

/**
 * A count the source gave exactly. Its own module: the readers need it on every creator page,
 * and importing it from creator-snapshot.ts would build that module's schemas there too.
 */
export function exactCount(value: number): Count {
  return { value, low: value, high: value, exact: true };
}
