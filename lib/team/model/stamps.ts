import * as z from 'zod/mini';
import { InstantSchema } from '../../schemas/field-rules';

/**
 * Who changed something in a team workspace, and when. Every replicated change carries one: the
 * seat's id (random, made when the seat connects), its display name and the time of the change.
 */
export const SeatIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9-]+$/));
export const SeatNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

export const StampSchema = z.strictObject({ at: InstantSchema, seat: SeatIdSchema, name: SeatNameSchema });
export type Stamp = z.infer<typeof StampSchema>;

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order on stamps: time first; at the same millisecond the seat id, then the name, decide. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a.at - b.at || text(a.seat, b.seat) || text(a.name, b.name);
}

export const laterStamp = (a: Stamp, b: Stamp): Stamp => (compareStamps(a, b) >= 0 ? a : b);
export const earlierStamp = (a: Stamp, b: Stamp): Stamp => (compareStamps(a, b) <= 0 ? a : b);

/** A value with the stamp of its last edit: of two, the later edit wins (latest edit wins). */
export interface Register<T> {
  v: T;
  by: Stamp;
}

export const registerSchema = <T extends z.ZodMiniType>(value: T) => z.strictObject({ v: value, by: StampSchema });

/**
 * The later of two registers. Equal stamps with different values (only a hostile or broken seat
 * writes those) are ordered by the values' JSON, so the result never depends on arrival order.
 */
export function laterRegister<T>(a: Register<T>, b: Register<T>): Register<T> {
  const order = compareStamps(a.by, b.by) || text(JSON.stringify(a.v), JSON.stringify(b.v));
  return order >= 0 ? a : b;
}

/** The register after a local edit: unchanged when the value is the same, else the new value stamped. */
export function edited<T>(previous: Register<T> | undefined, value: T, by: Stamp): Register<T> {
  if (previous && JSON.stringify(previous.v) === JSON.stringify(value)) return previous;
  return { v: value, by };
}
