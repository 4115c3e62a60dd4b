/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl.DateTimeFormat`: the offset of a
 * zone at an instant, the local date and time of an instant, and the instant of a local date and time.
 * Pure (the formatter cache is only memoisation).
 */

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the zone (e.g. "Europe/London", "UTC"); false for "Mars/Base" or "". */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local date and time of an instant in a zone. */
export function toLocal(epochMs: number, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const field = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  const era = parts.find((p) => p.type === 'era')?.value;
  const yearOfEra = field('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: field('month'),
    day: field('day'),
    // Some ICU versions print midnight as "24" even with h23.
    hour: field('hour') % 24,
    minute: field('minute'),
    second: field('second'),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The wall clock read as if it were UTC; normalises overflow (day 32 → next month). */
function wallAsUtc(local: LocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in ms (Shanghai: +8 h; New York in July: −4 h). */
export function offsetAt(epochMs: number, timeZone: string): number {
  return wallAsUtc(toLocal(epochMs, timeZone)) - epochMs;
}

const sameWallClock = (a: LocalDateTime, b: LocalDateTime): boolean =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute &&
  a.second === b.second;

/**
 * The instant a local date and time denotes in a zone. Out-of-range fields roll over (day 32 is the
 * 1st of the next month). Like Temporal's "compatible" disambiguation: a time repeated when clocks go
 * back is the earlier instant; a time skipped when clocks go forward is moved forward by the gap
 * (01:30 on the morning London springs forward is 02:30 BST).
 */
export function fromLocal(local: LocalDateTime, timeZone: string): number {
  const wall = wallAsUtc(local);
  const normalised = toLocal(wall, 'UTC');
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((t) => sameWallClock(toLocal(t, timeZone), normalised))
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return first;
  // In a gap: the offset before the transition, applied to the skipped wall time, lands after it.
  return wall - before;
}

/**
 * `days` calendar days after an instant, at the same local clock time in the zone. Across a
 * daylight-saving change this is 23 or 25 hours longer or shorter than days × 24 h.
 */
export function addCalendarDays(epochMs: number, days: number, timeZone: string): number {
  const local = toLocal(epochMs, timeZone);
  return fromLocal({ ...local, day: local.day + days }, timeZone);
}
